import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate } from './calendar-date';
import {
  chartRange,
  chartSeries,
  checkInProgress,
  currentRun,
  daysWithoutContactInLast,
  longestRun,
  MAX_SERIES_DAYS,
  RECENT_DAYS,
} from './check-in-progress';
import { CONTACT_KINDS, MAX_CHECK_INS, planStart, withCheckIn, type CheckIn, type ContactKind } from './check-ins';
import { example, planArb, RUNS, TODAY } from './no-contact-fixtures';
import type { Plan } from './no-contact-plan';
import { logSlip } from './no-contact-slips';
import { progress } from './no-contact-progress';

const at = (date: IsoDate, contact: ContactKind = 'none', over: Partial<CheckIn> = {}): CheckIn => ({
  date,
  mood: 3,
  pull: 5,
  contact,
  ...over,
});
const list = (...checkIns: CheckIn[]) => checkIns.reduce<readonly CheckIn[]>(withCheckIn, []);

/** Counted one day at a time, the slow and obvious way, to check the fast one against. */
function byHand(plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate, days = RECENT_DAYS) {
  const dates = checkIns.map((c) => c.date).sort();
  const start = plan ? planStart(plan) : dates[0];
  const result = { current: 0, longest: 0, withoutContact: 0, knownDays: 0 };
  if (start === undefined || start > today) return result;
  const contact = new Set(checkIns.filter((c) => c.contact === 'reached-out').map((c) => c.date));
  if (plan) for (const d of [plan.lastContact, ...plan.slips.flatMap((s) => [s.date, s.previousLastContact])]) contact.add(d);
  const windowStart = addDays(today, 1 - days);
  for (let d = start; d <= today; d = addDays(d, 1)) {
    const inWindow = d >= windowStart;
    if (inWindow) result.knownDays++;
    if (contact.has(d)) {
      result.current = 0;
    } else {
      result.current++;
      if (inWindow) result.withoutContact++;
    }
    result.longest = Math.max(result.longest, result.current);
  }
  return result;
}

/** A plan (or none), check-ins around it, and a today from its first day 0 to 60 days after its last slip. */
const scenarioArb = fc
  .record({
    plan: fc.option(planArb, { nil: undefined, freq: 5 }),
    start: fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n)),
    after: fc.integer({ min: 0, max: 60 }),
    checkIns: fc.array(
      fc.record({
        offset: fc.integer({ min: -10, max: 1200 }),
        contact: fc.constantFrom(...CONTACT_KINDS),
        mood: fc.integer({ min: 1, max: 5 }),
        pull: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ plan, start, after, checkIns }) => {
    const first = plan ? planStart(plan) : start;
    const span = plan ? daysBetween(first, plan.lastContact) : 30;
    const today = addDays(first, span + after);
    const all = checkIns
      .filter((c) => c.offset <= span + after + 5)
      .map(({ offset, contact, mood, pull }) => at(addDays(first, offset), contact, { mood, pull }));
    return { plan, today, checkIns: list(...all) };
  });

describe('the progress card on the worked example', () => {
  it('counts 38 days from 20 October to 27 November, 30 of the last 30 without contact', () => {
    expect(checkInProgress(example, [], TODAY)).toEqual({ current: 38, longest: 38, withoutContact: 30, knownDays: 30 });
    expect(currentRun(example, [], TODAY)).toBe(progress(example, TODAY).day);
  });

  it('after a slip on 10 November: the count starts again, the longest run and 29 of 30 stay', () => {
    const plan = logSlip(example, '2026-11-10');
    // 21 October to 9 November: 20 days without contact (the tracker calls the slip's own day "day 21").
    expect(plan.slips[0]!.dayReached).toBe(21);
    expect(checkInProgress(plan, [], TODAY)).toEqual({ current: 17, longest: 20, withoutContact: 29, knownDays: 30 });
  });

  it('"I reached out" in a check-in breaks the run like a slip', () => {
    const checkIns = list(at('2026-11-20', 'reached-out'));
    expect(currentRun(example, checkIns, TODAY)).toBe(7);
    expect(longestRun(example, checkIns, TODAY)).toBe(30);
    expect(daysWithoutContactInLast(30, example, checkIns, TODAY)).toBe(29);
  });

  it('"they reached out" and "logistics only" are recorded, and never break a run', () => {
    const checkIns = list(at('2026-11-20', 'they-reached-out'), at('2026-11-21', 'logistics'), at('2026-11-22'));
    expect(checkInProgress(example, checkIns, TODAY)).toEqual(checkInProgress(example, [], TODAY));
  });

  it('a slip and "I reached out" on the same day count as one day of contact', () => {
    const plan = logSlip(example, '2026-11-10');
    expect(checkInProgress(plan, list(at('2026-11-10', 'reached-out')), TODAY)).toEqual(checkInProgress(plan, [], TODAY));
  });

  it('contact today: the current run is 0, the longest stays', () => {
    const checkIns = list(at(TODAY, 'reached-out'));
    expect(checkInProgress(example, checkIns, TODAY)).toEqual({ current: 0, longest: 37, withoutContact: 29, knownDays: 30 });
  });

  it('in the first days of a plan, counts only the days since it began', () => {
    const plan: Plan = { lastContact: addDays(TODAY, -10), lengthDays: 30, slips: [] };
    expect(checkInProgress(plan, [], TODAY)).toEqual({ current: 10, longest: 10, withoutContact: 10, knownDays: 11 });
    expect(checkInProgress(plan, list(at(addDays(TODAY, -20), 'reached-out')), TODAY).withoutContact).toBe(10);
  });

  it('on the day of last contact, and before it (the clock went back), nothing is counted yet', () => {
    const plan: Plan = { lastContact: TODAY, lengthDays: 30, slips: [] };
    expect(checkInProgress(plan, [], TODAY)).toEqual({ current: 0, longest: 0, withoutContact: 0, knownDays: 1 });
    expect(checkInProgress(plan, [], addDays(TODAY, -1))).toEqual({ current: 0, longest: 0, withoutContact: 0, knownDays: 0 });
  });

  it('without a plan, counts from the first check-in; with neither, nothing', () => {
    const checkIns = list(at('2026-11-25'), at('2026-11-26', 'logistics'));
    expect(checkInProgress(undefined, checkIns, TODAY)).toEqual({ current: 3, longest: 3, withoutContact: 3, knownDays: 3 });
    expect(checkInProgress(undefined, [], TODAY)).toEqual({ current: 0, longest: 0, withoutContact: 0, knownDays: 0 });
    expect(currentRun(undefined, [], TODAY)).toBe(0);
  });

  it('counts a day 0 moved later on the form as contact too', () => {
    const plan: Plan = {
      lastContact: '2026-11-20',
      lengthDays: 30,
      slips: [{ date: '2026-11-10', dayReached: 21, previousLastContact: '2026-10-20' }],
    };
    expect(checkInProgress(plan, [], TODAY)).toEqual({ current: 7, longest: 20, withoutContact: 28, knownDays: 30 });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a window of %j days', (days) => {
    expect(() => daysWithoutContactInLast(days, example, [], TODAY)).toThrow(RangeError);
  });

  it('refuses a today that is not a date', () => {
    expect(() => currentRun(example, [], '2026-11-31')).toThrow(RangeError);
    expect(() => currentRun(undefined, [], 'today')).toThrow(RangeError);
  });
});

describe('month ends and clock changes', () => {
  it.each([
    ['31 January to 1 March 2026', '2026-01-31', '2026-03-01', 29],
    ['31 January to 1 March 2024 (a leap year)', '2024-01-31', '2024-03-01', 30],
    ['31 December to 1 January', '2025-12-31', '2026-01-01', 1],
    ['30 April to 1 May', '2026-04-30', '2026-05-01', 1],
    ['across the spring clock change (UK 29 March, US 8 March 2026)', '2026-03-01', '2026-04-01', 31],
    ['across the autumn clock change (UK 25 October, US 1 November 2026)', '2026-10-20', '2026-11-10', 21],
  ])('%s', (_case, lastContact, today, days) => {
    const plan: Plan = { lastContact, lengthDays: 60, slips: [] };
    expect(currentRun(plan, [], today)).toBe(days);
    expect(daysWithoutContactInLast(30, plan, [], today)).toBe(Math.min(30, days));
  });

  it('a slip on the last day of February, counted into March', () => {
    const plan = logSlip({ lastContact: '2026-01-31', lengthDays: 60, slips: [] }, '2026-02-28');
    expect(checkInProgress(plan, [], '2026-03-01')).toEqual({ current: 1, longest: 27, withoutContact: 28, knownDays: 30 });
    expect(checkInProgress(plan, [], '2026-03-01')).toEqual(byHand(plan, [], '2026-03-01'));
  });

  const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham'];
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(ZONES)('gives the same figures with the device in %s', (zone) => {
    const samples = fc.sample(scenarioArb, { numRuns: 100, seed: 13 });
    const figures = () =>
      samples.map(({ plan, checkIns, today }) => [
        checkInProgress(plan, checkIns, today),
        chartSeries(checkIns, plan, addDays(today, -40), today),
      ]);
    process.env.TZ = 'UTC';
    const inUtc = figures();
    process.env.TZ = zone;
    // The zone took effect: a London or New York summer is not UTC.
    if (zone !== 'UTC') expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).not.toBe(0);
    expect(figures()).toEqual(inUtc);
  });
});

describe('properties of the runs', () => {
  it('agree with counting one day at a time', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 90 }), ({ plan, checkIns, today }, days) => {
        const expected = byHand(plan, checkIns, today, days);
        expect(currentRun(plan, checkIns, today)).toBe(expected.current);
        expect(longestRun(plan, checkIns, today)).toBe(expected.longest);
        expect(daysWithoutContactInLast(days, plan, checkIns, today)).toBe(expected.withoutContact);
        expect(checkInProgress(plan, checkIns, today)).toEqual(byHand(plan, checkIns, today));
      }),
      { numRuns: RUNS },
    );
  });

  it('never exceed the days elapsed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, checkIns, today }) => {
        const first = plan ? planStart(plan) : checkIns[0]?.date;
        // With a plan, its first day 0 is a day of contact; without, the first check-in's day can be without.
        const elapsed = first === undefined ? 0 : Math.max(0, daysBetween(first, today) + (plan ? 0 : 1));
        const { current, longest, withoutContact, knownDays } = checkInProgress(plan, checkIns, today);
        expect(current).toBeLessThanOrEqual(longest);
        expect(longest).toBeLessThanOrEqual(elapsed);
        expect(withoutContact).toBeLessThanOrEqual(Math.min(RECENT_DAYS, elapsed, knownDays));
        expect(knownDays).toBeLessThanOrEqual(RECENT_DAYS);
      }),
      { numRuns: RUNS },
    );
  });

  it('a slip never takes away the longest run reached before it, and changes the last 30 by one day at most', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), ({ plan, checkIns }, gap, later) => {
        fc.pre(plan !== undefined);
        const slipDay = addDays(plan!.lastContact, gap);
        const today = addDays(slipDay, later);
        const after = logSlip(plan!, slipDay);
        expect(longestRun(after, checkIns, today)).toBeGreaterThanOrEqual(longestRun(plan!, checkIns, addDays(slipDay, -1)));
        const drop = daysWithoutContactInLast(30, plan!, checkIns, today) - daysWithoutContactInLast(30, after, checkIns, today);
        expect(drop === 0 || drop === 1).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the longest run never goes down as days pass', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 30 }), ({ plan, checkIns, today }, days) => {
        expect(longestRun(plan, checkIns, addDays(today, days))).toBeGreaterThanOrEqual(longestRun(plan, checkIns, today));
      }),
      { numRuns: RUNS },
    );
  });

  it('"they reached out" and "logistics only" never change the runs', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.infiniteStream(fc.constantFrom<ContactKind>('none', 'they-reached-out', 'logistics')),
        ({ plan, checkIns, today }, kinds) => {
          const relabelled = checkIns.map((c) => (c.contact === 'reached-out' ? c : { ...c, contact: kinds.next().value as ContactKind }));
          expect(checkInProgress(plan, relabelled, today)).toEqual(checkInProgress(plan, checkIns, today));
          // With a plan, a check-in that only says someone else got in touch counts as no check-in at all.
          if (plan) {
            const reachedOut = checkIns.filter((c) => c.contact === 'reached-out');
            expect(checkInProgress(plan, reachedOut, today)).toEqual(checkInProgress(plan, checkIns, today));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('move with the calendar: every date shifted by the same days (across month ends and clock changes) gives the same figures', () => {
    const shiftPlan = (plan: Plan, k: number): Plan => ({
      lastContact: addDays(plan.lastContact, k),
      lengthDays: plan.lengthDays,
      slips: plan.slips.map((s) => ({ ...s, date: addDays(s.date, k), previousLastContact: addDays(s.previousLastContact, k) })),
    });
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: -400, max: 400 }), ({ plan, checkIns, today }, k) => {
        const moved = checkIns.map((c) => ({ ...c, date: addDays(c.date, k) }));
        expect(checkInProgress(plan && shiftPlan(plan, k), moved, addDays(today, k))).toEqual(checkInProgress(plan, checkIns, today));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('chartSeries', () => {
  const plan = logSlip(example, '2026-11-10');
  const checkIns = list(
    at('2026-11-09', 'none', { mood: 2, pull: 8 }),
    at('2026-11-10', 'reached-out', { mood: 1, pull: 10 }),
    at('2026-11-12', 'they-reached-out', { mood: 3, pull: 6 }),
  );

  it('gives one point a day, gaps where no check-in was made, and marks slips and contact', () => {
    expect(chartSeries(checkIns, plan, '2026-11-09', '2026-11-12')).toEqual([
      { date: '2026-11-09', mood: 2, pull: 8, contact: 'none', slip: false, logged: null, withContact: false },
      { date: '2026-11-10', mood: 1, pull: 10, contact: 'reached-out', slip: true, logged: null, withContact: true },
      { date: '2026-11-11', mood: null, pull: null, contact: null, slip: false, logged: null, withContact: false },
      { date: '2026-11-12', mood: 3, pull: 6, contact: 'they-reached-out', slip: false, logged: null, withContact: false },
    ]);
  });

  it("carries contact logged on the tracker, which does not count as the reader's contact", () => {
    const logged = { ...plan, contacts: [{ date: '2026-11-11', kind: 'they-reached-out' as const }] };
    const points = chartSeries(checkIns, logged, '2026-11-11', '2026-11-12');
    expect(points.map((p) => [p.logged, p.withContact])).toEqual([
      ['they-reached-out', false],
      [null, false],
    ]);
  });

  it('marks the day of last contact, and "I reached out" without a slip logged', () => {
    const points = chartSeries(list(at('2026-11-15', 'reached-out')), example, '2026-10-19', '2026-11-30');
    expect(points.filter((p) => p.withContact).map((p) => p.date)).toEqual(['2026-10-20', '2026-11-15']);
    expect(points.some((p) => p.slip)).toBe(false);
  });

  it('crosses a month end day by day', () => {
    expect(chartSeries([], undefined, '2026-02-27', '2026-03-02').map((p) => p.date)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('property: one point for each day, with each check-in’s answers on its own day', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, checkIns, today }) => {
        const from = addDays(today, -50);
        const points = chartSeries(checkIns, plan, from, today);
        expect(points).toHaveLength(51);
        points.forEach((p, i) => {
          expect(p.date).toBe(addDays(from, i));
          const c = checkIns.find((x) => x.date === p.date);
          expect([p.mood, p.pull, p.contact]).toEqual(c ? [c.mood, c.pull, c.contact] : [null, null, null]);
        });
        // Of the known days, those without contact are the ones the runs count.
        const start = plan ? planStart(plan) : checkIns[0]?.date;
        const known = points.filter((p) => start !== undefined && p.date >= start);
        expect(known.filter((p) => !p.withContact)).toHaveLength(daysWithoutContactInLast(51, plan, checkIns, today));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a range that runs backwards, is too long, or is not dates', () => {
    expect(() => chartSeries([], undefined, TODAY, addDays(TODAY, -1))).toThrow(RangeError);
    expect(() => chartSeries([], undefined, TODAY, addDays(TODAY, MAX_SERIES_DAYS))).toThrow(RangeError);
    expect(chartSeries([], undefined, TODAY, addDays(TODAY, MAX_SERIES_DAYS - 1))).toHaveLength(MAX_SERIES_DAYS);
    expect(() => chartSeries([], undefined, 'soon', TODAY)).toThrow(RangeError);
  });
});

describe('chartRange', () => {
  it('a week is the seven days ending today', () => {
    expect(chartRange('week', example, [], '2026-03-03')).toEqual({ from: '2026-02-25', to: '2026-03-03' });
  });

  it('the plan runs from its first day 0, or the first check-in, or today', () => {
    expect(chartRange('plan', logSlip(example, '2026-11-10'), [], TODAY)).toEqual({ from: '2026-10-20', to: TODAY });
    expect(chartRange('plan', undefined, list(at('2026-11-20')), TODAY)).toEqual({ from: '2026-11-20', to: TODAY });
    expect(chartRange('plan', undefined, [], TODAY)).toEqual({ from: TODAY, to: TODAY });
  });

  it(`covers at most the ${MAX_CHECK_INS} days kept, and never starts after today`, () => {
    const old: Plan = { lastContact: '2020-01-01', lengthDays: 365, slips: [] };
    expect(chartRange('plan', old, [], TODAY)).toEqual({ from: addDays(TODAY, 1 - MAX_CHECK_INS), to: TODAY });
    const future: Plan = { lastContact: addDays(TODAY, 3), lengthDays: 30, slips: [] };
    expect(chartRange('plan', future, [], TODAY)).toEqual({ from: TODAY, to: TODAY });
  });

  it('refuses a today that is not a date', () => {
    expect(() => chartRange('week', undefined, [], '27/11/2026')).toThrow(RangeError);
  });
});
