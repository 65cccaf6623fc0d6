import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from './calendar-date';
import {
  decodePlan,
  encodePlan,
  LENGTH_RANGE,
  lengthNote,
  logSlip,
  MAX_AGE_YEARS,
  MAX_NOTE_LENGTH,
  milestoneEvents,
  type Plan,
  PRESET_LENGTHS,
  progress,
  RULE_OF_THUMB,
  stageFor,
  stages,
  undoSlip,
  validateLastContact,
  validateLength,
  validateSlipDate,
} from './no-contact';

const RUNS = 500;

const example: Plan = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };
const TODAY = '2026-11-27';

/** A valid plan reached by logging 0–5 slips, with or without notes, after some start date. */
const planArb = fc
  .record({
    start: fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n)),
    lengthDays: fc.integer({ min: LENGTH_RANGE.min, max: LENGTH_RANGE.max }),
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 200 }), note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }) }),
      { maxLength: 5 },
    ),
  })
  .map(({ start, lengthDays, steps }) =>
    steps.reduce<Plan>(
      (plan, { gap, note }) => logSlip(plan, addDays(plan.lastContact, gap), note),
      { lastContact: start, lengthDays, slips: [] },
    ),
  );

describe('constants', () => {
  it('match the guide', () => {
    expect(PRESET_LENGTHS).toEqual([30, 45, 60]);
    expect(LENGTH_RANGE).toEqual({ min: 7, max: 365 });
    expect(RULE_OF_THUMB).toEqual({ min: 30, max: 60 });
    expect(MAX_AGE_YEARS).toBe(5);
  });
});

describe('progress', () => {
  it("follows the issue's worked example: day 38 of 45, ending Friday 4 December 2026", () => {
    const result = progress(example, TODAY);
    expect(result).toMatchObject({ day: 38, total: 45, daysLeft: 7, endDate: '2026-12-04', finished: false });
    expect(result.fraction).toBeCloseTo(38 / 45);
    expect(formatDate(result.endDate)).toBe('Friday 4 December 2026');
    expect(result.stage.id).toBe('enjoy');
  });

  // The guide's own example in best-foot-forward: last message on 1 June.
  it.each([
    ['2026-06-01', 0],
    ['2026-06-02', 1],
    ['2026-07-01', 30],
    ['2026-07-16', 45],
    ['2026-07-31', 60],
  ])('on %s a count from 1 June is on day %i', (today, day) => {
    expect(progress({ lastContact: '2026-06-01', lengthDays: 60, slips: [] }, today).day).toBe(day);
  });

  it.each([
    // today, day, daysLeft, fraction, stage, finished
    ['2026-10-20', 0, 45, 0, 'accept', false],
    ['2026-10-26', 6, 39, 6 / 45, 'accept', false],
    ['2026-10-27', 7, 38, 7 / 45, 'radar', false],
    ['2026-12-03', 44, 1, 44 / 45, 'enjoy', false],
    ['2026-12-04', 45, 0, 1, 'done', true],
    ['2027-01-20', 92, 0, 1, 'done', true],
    // A last contact "tomorrow" happens when the device's clock or zone changes.
    ['2026-10-19', 0, 45, 0, 'accept', false],
  ] as const)('on %s: day %i, %i left', (today, day, daysLeft, fraction, stage, finished) => {
    const result = progress(example, today);
    expect(result).toMatchObject({ day, daysLeft, endDate: '2026-12-04', finished, total: 45 });
    expect(result.fraction).toBeCloseTo(fraction);
    expect(result.stage.id).toBe(stage);
  });

  it('keeps every field within its range for any plan and day', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: -30, max: 800 }), (plan, offset) => {
        const result = progress(plan, addDays(plan.lastContact, offset));
        expect(result.day).toBe(Math.max(0, offset));
        expect(result.daysLeft).toBe(Math.max(0, plan.lengthDays - result.day));
        expect(result.fraction).toBeGreaterThanOrEqual(0);
        expect(result.fraction).toBeLessThanOrEqual(1);
        expect(result.finished).toBe(result.day >= plan.lengthDays);
        expect(result.endDate).toBe(addDays(plan.lastContact, plan.lengthDays));
        expect(result.stage.id === 'done').toBe(result.finished);
      }),
      { numRuns: RUNS },
    );
  });

  it('throws RangeError for a damaged plan or today', () => {
    expect(() => progress(example, '2026-02-30')).toThrow(RangeError);
    expect(() => progress({ ...example, lengthDays: 3 }, TODAY)).toThrow(RangeError);
  });
});

describe('stages', () => {
  it.each([
    [7, [0, 1, 3, 5, 7]],
    [30, [0, 5, 12, 21, 30]],
    [45, [0, 7, 18, 32, 45]],
    [60, [0, 9, 24, 42, 60]],
    [365, [0, 55, 146, 256, 365]],
  ])('a %i-day period starts its stages on days %j', (total, starts) => {
    expect(stages(total).map((s) => s.startDay)).toEqual(starts);
  });

  it('for every length: accept on day 0, done on the last day, strictly increasing in between', () => {
    for (let total = LENGTH_RANGE.min; total <= LENGTH_RANGE.max; total++) {
      const all = stages(total);
      expect(all.map((s) => s.id)).toEqual(['accept', 'radar', 'rebuild', 'enjoy', 'done']);
      expect(all[0]?.startDay).toBe(0);
      expect(all[4]?.startDay).toBe(total);
      for (let i = 1; i < all.length; i++) expect(all[i]!.startDay).toBeGreaterThan(all[i - 1]!.startDay);
    }
  });

  it('draws each stage from a chapter of the guide', () => {
    const all = stages(45);
    expect(all.map((s) => [s.id, s.title, s.chapter])).toEqual([
      ['accept', 'Accept and step back', 'acceptance'],
      ['radar', 'Drop off the radar', 'absence'],
      ['rebuild', 'Rebuild yourself', 'best-foot-forward'],
      ['enjoy', 'Enjoy your life', 'happiness'],
      ['done', 'Your period is complete', 'jealousy'],
    ]);
    for (const { chapter } of all) {
      expect(existsSync(new URL(`../../content/chapters/${chapter}.mdx`, import.meta.url))).toBe(true);
    }
  });

  it.each(stages(45).map((s) => [s.id, s.advice] as const))('%s advice is one or two plain sentences', (_id, advice) => {
    const sentences = advice.split(/(?<=[.!?])\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(advice).toMatch(/\byou/i);
    expect(advice).not.toMatch(/guarantee|will come back|will miss you|win (them|your ex) back/i);
  });

  it('sends a finished reader to the self-check before any decision', () => {
    expect(stageFor(45, 45).advice).toContain('"Are you ready to end no contact?" self-check');
  });

  it.each([6, 366, 45.5, Number.NaN, 0])('throws RangeError for a %s-day period', (total) => {
    expect(() => stages(total)).toThrow(RangeError);
  });
});

describe('stageFor', () => {
  it.each([
    [-3, 'accept'],
    [0, 'accept'],
    [6, 'accept'],
    [7, 'radar'],
    [17, 'radar'],
    [18, 'rebuild'],
    [31, 'rebuild'],
    [32, 'enjoy'],
    [44, 'enjoy'],
    [45, 'done'],
    [400, 'done'],
  ])('day %i of 45 is %s', (day, id) => {
    expect(stageFor(day, 45).id).toBe(id);
  });

  it('is the stage whose range holds the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: LENGTH_RANGE.min, max: LENGTH_RANGE.max }), fc.integer({ min: 0, max: 400 }), (total, day) => {
        const all = stages(total);
        const index = all.findIndex((s) => s.id === stageFor(day, total).id);
        expect(all[index]!.startDay).toBeLessThanOrEqual(day);
        const next = all[index + 1];
        if (next) expect(day).toBeLessThan(next.startDay);
      }),
      { numRuns: RUNS },
    );
  });
});

const noBadWords = (message: string) => {
  expect(message).not.toMatch(/NaN|Invalid Date|undefined|null|\[object/);
};

describe('validateLastContact', () => {
  it.each([
    ['', 'Enter the date of your last contact.'],
    ['   ', 'Enter the date of your last contact.'],
    ['2026-02-30', 'There is no such date as 2026-02-30. Check the day and the month.'],
    ['2025-02-29', 'There is no such date as 2025-02-29. Check the day and the month.'],
    ['abc', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['20/10/2026', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-2-3', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-11-28', "Your last contact can't be in the future. Today is Friday 27 November 2026."],
    ['2031-01-01', "Your last contact can't be in the future. Today is Friday 27 November 2026."],
    ['2021-11-26', 'That is more than 5 years ago. Enter a date on or after 27 November 2021.'],
    ['0202-10-20', 'That is more than 5 years ago. Enter a date on or after 27 November 2021.'],
  ])('%j → %s', (input, error) => {
    expect(validateLastContact(input, TODAY)).toEqual({ ok: false, error });
  });

  it.each([
    ['2026-11-27', '2026-11-27'],
    ['2026-10-20', '2026-10-20'],
    [' 2026-10-20 ', '2026-10-20'],
    ['2021-11-27', '2021-11-27'],
    ['2024-02-29', '2024-02-29'],
  ])('accepts %j', (input, value) => {
    expect(validateLastContact(input, TODAY)).toEqual({ ok: true, value });
  });

  it('counts the five years in calendar years, from 29 February too', () => {
    expect(validateLastContact('2023-02-28', '2028-02-29').ok).toBe(true);
    expect(validateLastContact('2023-02-27', '2028-02-29').ok).toBe(false);
  });

  it('never shows a broken message', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = validateLastContact(input, TODAY);
        if (!result.ok) noBadWords(result.error);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('validateLength', () => {
  const EMPTY = 'Enter how many days you want your no-contact period to last.';
  const NOT_NUMBER = 'Enter the number of days in digits, for example 45.';
  const ZERO = 'A period needs at least one day. Choose between 7 and 365 days.';
  const NEGATIVE = "The number of days can't be negative. Choose between 7 and 365 days.";
  const FRACTION = 'Use whole days only, for example 45 rather than 45.5.';
  const SHORT = 'The tracker needs at least 7 days. Choose between 7 and 365 days.';
  const LONG = 'The tracker counts up to 365 days. Choose between 7 and 365 days.';
  it.each([
    ['', EMPTY],
    ['  ', EMPTY],
    ['abc', NOT_NUMBER],
    ['4e1', NOT_NUMBER],
    ['45 days', NOT_NUMBER],
    ['0x2d', NOT_NUMBER],
    ['+45', NOT_NUMBER],
    ['1,5', NOT_NUMBER],
    ['.5', NOT_NUMBER],
    ['Infinity', NOT_NUMBER],
    ['0', ZERO],
    ['-0', ZERO],
    ['0.0', ZERO],
    ['-5', NEGATIVE],
    ['-45.5', NEGATIVE],
    ['45.5', FRACTION],
    ['0.5', FRACTION],
    ['6', SHORT],
    ['1', SHORT],
    ['366', LONG],
    ['99999999999999999999', LONG],
  ])('%j → %s', (input, error) => {
    expect(validateLength(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['7', 7],
    ['45', 45],
    [' 60 ', 60],
    ['365', 365],
    ['45.0', 45],
    ['007', 7],
  ])('accepts %j as %i', (input, value) => {
    expect(validateLength(input)).toEqual({ ok: true, value });
  });

  it('accepts every whole number in range and never shows a broken message', () => {
    fc.assert(
      fc.property(fc.integer({ min: LENGTH_RANGE.min, max: LENGTH_RANGE.max }), fc.string(), (days, junk) => {
        expect(validateLength(String(days))).toEqual({ ok: true, value: days });
        const result = validateLength(junk);
        if (!result.ok) noBadWords(result.error);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('lengthNote', () => {
  it.each([30, 45, 60])('says nothing about %i days', (days) => {
    expect(lengthNote(days)).toBeUndefined();
  });
  it.each([7, 29])('notes that %i days is shorter than the rule of thumb', (days) => {
    expect(lengthNote(days)).toMatch(/^That is shorter than the guide's rule of thumb of one to two months \(30 to 60 days\)/);
  });
  it.each([61, 365])('notes that %i days is longer than the rule of thumb', (days) => {
    expect(lengthNote(days)).toMatch(/^That is longer than the guide's rule of thumb of one to two months \(30 to 60 days\)/);
  });
});

describe('validateSlipDate', () => {
  it.each([
    ['', 'Enter the date you were in touch.'],
    ['nope', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-11-31', 'There is no such date as 2026-11-31. Check the day and the month.'],
    ['2026-11-28', "That date can't be in the future. Today is Friday 27 November 2026."],
    ['2026-10-19', 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.'],
    ['0999-01-01', 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.'],
  ])('%j → %s', (input, error) => {
    expect(validateSlipDate(input, example, TODAY)).toEqual({ ok: false, error });
  });
  it.each(['2026-10-20', '2026-11-01', '2026-11-27', ' 2026-11-27'])('accepts %j', (input) => {
    expect(validateSlipDate(input, example, TODAY)).toEqual({ ok: true, value: input.trim() });
  });
});

describe('logSlip and undoSlip', () => {
  it('restarts the count and remembers the day reached', () => {
    const after = logSlip(example, '2026-11-01', '  I answered their text.  ');
    expect(after).toEqual({
      lastContact: '2026-11-01',
      lengthDays: 45,
      slips: [{ date: '2026-11-01', dayReached: 12, previousLastContact: '2026-10-20', note: 'I answered their text.' }],
    });
    expect(progress(after, TODAY).day).toBe(26);
    expect(example.slips).toEqual([]);
  });

  it.each([undefined, '', '   \n '])('leaves out an empty note (%j)', (note) => {
    const [slip] = logSlip(example, '2026-11-01', note).slips;
    expect(slip).toBeDefined();
    expect(slip && 'note' in slip).toBe(false);
  });

  it('cuts a long note to 500 characters without splitting an emoji', () => {
    expect(logSlip(example, '2026-11-01', 'x'.repeat(600)).slips[0]?.note).toBe('x'.repeat(MAX_NOTE_LENGTH));
    expect(logSlip(example, '2026-11-01', `${'x'.repeat(499)}😀`).slips[0]?.note).toBe('x'.repeat(499));
  });

  it('allows a slip on the day of last contact (day 0)', () => {
    expect(logSlip(example, '2026-10-20').slips[0]?.dayReached).toBe(0);
  });

  it.each(['2026-10-19', '2026-02-30', ''])('throws RangeError for a slip on %j', (date) => {
    expect(() => logSlip(example, date)).toThrow(RangeError);
  });

  it('undoes two slips one at a time', () => {
    const once = logSlip(example, '2026-11-01', 'first');
    const twice = logSlip(once, '2026-11-20');
    expect(twice.lastContact).toBe('2026-11-20');
    expect(twice.slips.map((s) => [s.date, s.dayReached, s.previousLastContact])).toEqual([
      ['2026-11-01', 12, '2026-10-20'],
      ['2026-11-20', 19, '2026-11-01'],
    ]);
    expect(progress(twice, TODAY).day).toBe(7);
    expect(undoSlip(twice)).toEqual(once);
    expect(undoSlip(undoSlip(twice))).toEqual(example);
    expect(progress(undoSlip(undoSlip(twice)), TODAY).day).toBe(38);
  });

  it('returns the plan itself when there is nothing to undo', () => {
    expect(undoSlip(example)).toBe(example);
  });

  it('undoing every slip gives back the plan before the first', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        let undone = plan;
        for (let i = 0; i < plan.slips.length; i++) undone = undoSlip(undone);
        expect(undone.slips).toEqual([]);
        expect(undone.lastContact).toBe(plan.slips[0]?.previousLastContact ?? plan.lastContact);
        expect(undone.lengthDays).toBe(plan.lengthDays);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('milestoneEvents', () => {
  it('always gives the end of the period', () => {
    expect(milestoneEvents(example, false)).toEqual([
      {
        date: '2026-12-04',
        title: 'Day 45 of 45: Your period is complete',
        description: stageFor(45, 45).advice,
        id: 'no-contact-2026-10-20-done',
      },
    ]);
  });

  it('adds the start of each stage after day 0 when asked', () => {
    const events = milestoneEvents(example, true);
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2026-10-27', 'Day 7 of 45: Drop off the radar'],
      ['2026-11-07', 'Day 18 of 45: Rebuild yourself'],
      ['2026-11-21', 'Day 32 of 45: Enjoy your life'],
      ['2026-12-04', 'Day 45 of 45: Your period is complete'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('never contains a slip note', () => {
    const secret = 'I still love you, Sam';
    const plan = logSlip(logSlip(example, '2026-11-01', secret), '2026-11-02', `${secret} (again)`);
    const text = JSON.stringify([milestoneEvents(plan, true), milestoneEvents(plan, false)]);
    expect(text).not.toContain('Sam');
    expect(text).not.toContain('love');
  });

  it('depends on the dates and length only, never on what the reader wrote', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, includeStages) => {
        const withoutNotes: Plan = {
          ...plan,
          slips: plan.slips.map(({ date, dayReached, previousLastContact }) => ({ date, dayReached, previousLastContact })),
        };
        expect(milestoneEvents(plan, includeStages)).toEqual(milestoneEvents(withoutNotes, includeStages));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('decodePlan and encodePlan', () => {
  const valid = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };
  const slip = { date: '2026-11-01', dayReached: 12, previousLastContact: '2026-10-20' };
  const json = (value: unknown) => JSON.stringify(value);

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not json {'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"2026-10-20"'],
    ['an empty object', '{}'],
    ['truncated', json(valid).slice(0, 20)],
    ['no lengthDays', json({ lastContact: '2026-10-20', slips: [] })],
    ['no slips', json({ lastContact: '2026-10-20', lengthDays: 45 })],
    ['no lastContact', json({ lengthDays: 45, slips: [] })],
    ['lengthDays as a string', json({ ...valid, lengthDays: '45' })],
    ['fractional lengthDays', json({ ...valid, lengthDays: 45.5 })],
    ['lengthDays too short', json({ ...valid, lengthDays: 6 })],
    ['lengthDays too long', json({ ...valid, lengthDays: 366 })],
    ['lengthDays null', json({ ...valid, lengthDays: null })],
    ['an impossible lastContact', json({ ...valid, lastContact: '2026-02-30' })],
    ['lastContact as a number', json({ ...valid, lastContact: 20261020 })],
    ['lastContact as a timestamp', json({ ...valid, lastContact: '2026-10-20T00:00:00Z' })],
    ['slips as an object', json({ ...valid, slips: {} })],
    ['a null slip', json({ ...valid, slips: [null] })],
    ['a slip without a date', json({ ...valid, slips: [{ ...slip, date: undefined }] })],
    ['a slip with a bad previousLastContact', json({ ...valid, slips: [{ ...slip, previousLastContact: 'yesterday' }] })],
    ['a slip with the wrong dayReached', json({ ...valid, slips: [{ ...slip, dayReached: 11 }] })],
    ['a slip with dayReached as a string', json({ ...valid, slips: [{ ...slip, dayReached: '12' }] })],
    ['a slip before its previous contact', json({ ...valid, slips: [{ ...slip, date: '2026-10-01', dayReached: -19 }] })],
    ['a slip with a numeric note', json({ ...valid, slips: [{ ...slip, note: 7 }] })],
    ['a slip with an overlong note', json({ ...valid, slips: [{ ...slip, note: 'x'.repeat(501) }] })],
    ['one good and one bad slip', json({ ...valid, slips: [slip, { nope: true }] })],
  ])('returns undefined for %s', (_case, encoded) => {
    expect(decodePlan(encoded)).toBeUndefined();
  });

  it('keeps known fields, drops unknown ones and blank notes', () => {
    const stored = json({
      ...valid,
      lastContact: '2026-11-01',
      extra: 1,
      slips: [{ ...slip, note: '   ', colour: 'red' }],
    });
    expect(decodePlan(stored)).toEqual({ lastContact: '2026-11-01', lengthDays: 45, slips: [slip] });
  });

  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(decodePlan(encodePlan(plan))).toEqual(plan);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON or any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (encoded) => {
        expect(() => decodePlan(encoded)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
