import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import {
  CHECK_IN_MESSAGES,
  CHECK_INS,
  changeCheckIn,
  dateProblem,
  decodeCheckIns,
  earliestFillable,
  encodeCheckIns,
  MAX_CHECK_IN_NOTE,
  MAX_CHECK_INS,
  readCheckIn,
  withCheckIn,
  withoutCheckIn,
  type CheckIn,
  type CheckInFields,
} from './check-ins';
import { checkInArb } from './check-in-fixtures';
import { example, RUNS, TODAY } from './no-contact-fixtures';
import type { Plan } from './no-contact-plan';
import { logSlip } from './no-contact-slips';
import { isStoredText } from './stored-text';

const fields = (over: Partial<CheckInFields> = {}): CheckInFields => ({ date: TODAY, mood: 3, pull: 5, contact: 'none', ...over });
const context = (over: { plan?: Plan | undefined; list?: readonly CheckIn[]; today?: string } = {}) => ({
  today: TODAY,
  plan: example,
  list: [],
  ...over,
});
const at = (date: string, over: Partial<CheckIn> = {}): CheckIn => ({ date, mood: 3, pull: 5, contact: 'none', ...over });

describe('readCheckIn: each field', () => {
  it('gives the check-in to save, numbers from a form’s text included', () => {
    expect(readCheckIn(fields({ mood: '4', pull: ' 0 ', contact: 'they-reached-out' }), context())).toEqual({
      ok: true,
      checkIn: { date: TODAY, mood: 4, pull: 0, contact: 'they-reached-out' },
    });
  });

  it.each([
    ['mood', { mood: 0 }],
    ['mood', { mood: 6 }],
    ['mood', { mood: 2.5 }],
    ['mood', { mood: '' }],
    ['mood', { mood: '3.5' }],
    ['mood', { mood: undefined }],
    ['pull', { pull: -1 }],
    ['pull', { pull: 11 }],
    ['pull', { pull: '1e1' }],
    ['pull', { pull: Number.NaN }],
    ['contact', { contact: 'maybe' }],
    ['contact', { contact: undefined }],
  ] as const)('refuses a %s of %j, saying what to choose', (field, over) => {
    const result = readCheckIn(fields(over), context());
    expect(result).toEqual({ ok: false, errors: { [field]: CHECK_IN_MESSAGES[field] } });
  });

  it('accepts both ends of each range', () => {
    for (const [mood, pull] of [
      [1, 0],
      [5, 10],
    ]) {
      expect(readCheckIn(fields({ mood, pull }), context()).ok).toBe(true);
    }
  });

  it('gives every problem at once', () => {
    const result = readCheckIn({ date: '2026-11-31', mood: undefined, pull: undefined, contact: undefined }, context());
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['contact', 'date', 'mood', 'pull']);
  });
});

describe('the note', () => {
  it.each([
    ['  Walked by the river  ', 'Walked by the river'],
    ['Two\nlines', 'Two lines'],
    ['Windows\r\n\r\nbreaks', 'Windows breaks'],
    ['', undefined],
    ['   \n ', undefined],
    ['\u200B\u200D\uFEFF', undefined],
    [undefined, undefined],
  ])('keeps %j as %j', (note, kept) => {
    const result = readCheckIn(fields({ note }), context());
    expect(result.ok && result.checkIn.note).toBe(kept === undefined ? undefined : kept);
    if (result.ok && kept === undefined) expect('note' in result.checkIn).toBe(false);
  });

  it(`keeps ${MAX_CHECK_IN_NOTE} characters, and refuses one more rather than cut the reader’s words`, () => {
    expect(readCheckIn(fields({ note: ` ${'x'.repeat(MAX_CHECK_IN_NOTE)} ` }), context()).ok).toBe(true);
    expect(readCheckIn(fields({ note: 'x'.repeat(MAX_CHECK_IN_NOTE + 1) }), context())).toEqual({
      ok: false,
      errors: { note: CHECK_IN_MESSAGES.noteTooLong },
    });
  });
});

describe('which days can be checked in', () => {
  const yesterday = addDays(TODAY, -1);

  it('today: a new check-in, then changed as often as the reader likes that day', () => {
    expect(dateProblem(TODAY, TODAY, example, [])).toBeUndefined();
    expect(dateProblem(TODAY, TODAY, example, [at(TODAY)])).toBeUndefined();
  });

  it('a missed day can be filled in later; once there, it stays as written', () => {
    expect(dateProblem(yesterday, TODAY, example, [at(TODAY)])).toBeUndefined();
    expect(dateProblem(yesterday, TODAY, example, [at(yesterday)])).toBe(CHECK_IN_MESSAGES.pastDone);
  });

  it('never a future day', () => {
    expect(dateProblem(addDays(TODAY, 1), TODAY, example, [])).toBe(CHECK_IN_MESSAGES.future);
  });

  it('never a day that is not on the calendar', () => {
    expect(dateProblem('2026-02-29', TODAY, example, [])).toBe(CHECK_IN_MESSAGES.date);
    expect(dateProblem('', TODAY, example, [])).toBe(CHECK_IN_MESSAGES.date);
  });

  it('back to 30 days before today, and no further', () => {
    const plan: Plan = { lastContact: '2026-01-01', lengthDays: 365, slips: [] };
    expect(earliestFillable(plan, TODAY)).toBe('2026-10-28');
    expect(dateProblem('2026-10-28', TODAY, plan, [])).toBeUndefined();
    expect(dateProblem('2026-10-27', TODAY, plan, [])).toBe(CHECK_IN_MESSAGES.tooEarly('2026-10-28'));
    expect(CHECK_IN_MESSAGES.tooEarly('2026-10-28')).toBe('Missed days can be filled in back to Wednesday 28 October 2026.');
  });

  it('back to the plan’s first day 0, even after slips moved the count', () => {
    const plan = logSlip({ lastContact: '2026-11-10', lengthDays: 30, slips: [] }, '2026-11-20');
    expect(earliestFillable(plan, TODAY)).toBe('2026-11-10');
    expect(dateProblem('2026-11-10', TODAY, plan, [])).toBeUndefined();
    expect(dateProblem('2026-11-09', TODAY, plan, [])).toBe(CHECK_IN_MESSAGES.tooEarly('2026-11-10'));
  });

  it('without a plan, 30 days back', () => {
    expect(earliestFillable(undefined, TODAY)).toBe('2026-10-28');
  });

  it('across a month end: 30 days before 1 March is 30 January (29 January in a leap year)', () => {
    expect(earliestFillable(undefined, '2026-03-01')).toBe('2026-01-30');
    expect(earliestFillable(undefined, '2024-03-01')).toBe('2024-01-31');
  });

  it('today, even when the plan starts later (the clock or time zone changed)', () => {
    const plan: Plan = { lastContact: addDays(TODAY, 2), lengthDays: 30, slips: [] };
    expect(earliestFillable(plan, TODAY)).toBe(TODAY);
    expect(dateProblem(TODAY, TODAY, plan, [])).toBeUndefined();
    expect(dateProblem(yesterday, TODAY, plan, [])).toBe(CHECK_IN_MESSAGES.tooEarly(TODAY));
  });

  it('property: a day is fillable exactly from earliestFillable to today', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 5 }), fc.integer({ min: 0, max: 60 }), (offset, planAge) => {
        const plan: Plan = { lastContact: addDays(TODAY, -planAge), lengthDays: 60, slips: [] };
        const date = addDays(TODAY, offset);
        const ok = offset <= 0 && offset >= -Math.min(30, planAge);
        expect(dateProblem(date, TODAY, plan, []) === undefined).toBe(ok);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('withCheckIn and withoutCheckIn: one per day', () => {
  it('adds in date order and replaces the day’s entry', () => {
    let list = withCheckIn([], at('2026-11-03'));
    list = withCheckIn(list, at('2026-11-01'));
    list = withCheckIn(list, at('2026-11-03', { mood: 5, note: 'better' }));
    expect(list).toEqual([at('2026-11-01'), at('2026-11-03', { mood: 5, note: 'better' })]);
  });

  it('gives the same list back when nothing changes', () => {
    const list = [at('2026-11-01')];
    expect(withCheckIn(list, at('2026-11-01'))).toBe(list);
    expect(withoutCheckIn(list, '2026-11-02')).toBe(list);
    expect(withoutCheckIn(list, '2026-11-01')).toEqual([]);
  });

  it(`keeps the latest ${MAX_CHECK_INS} days`, () => {
    const full = Array.from({ length: MAX_CHECK_INS }, (_, i) => at(addDays('2025-01-01', i)));
    const next = withCheckIn(full, at(addDays('2025-01-01', MAX_CHECK_INS)));
    expect(next).toHaveLength(MAX_CHECK_INS);
    expect(next[0]!.date).toBe('2025-01-02');
  });

  it('property: idempotent, sorted, one per date, the last save of each date kept', () => {
    fc.assert(
      fc.property(fc.array(checkInArb, { maxLength: 30 }), (saves) => {
        const list = saves.reduce<readonly CheckIn[]>(withCheckIn, []);
        for (const c of saves) expect(withCheckIn(withCheckIn(list, c), c)).toEqual(withCheckIn(list, c));
        const dates = list.map((c) => c.date);
        expect(dates).toEqual([...new Set(dates)].sort());
        for (const date of dates) expect(list.find((c) => c.date === date)).toEqual(saves.findLast((c) => c.date === date));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('changeCheckIn: two tabs at once', () => {
  const mine = at(TODAY, { mood: 4 });
  const theirs = at(TODAY, { mood: 2 });

  it('changes the day only while it still holds what the reader saw', () => {
    expect(changeCheckIn([], TODAY, undefined, mine)).toEqual([mine]);
    expect(changeCheckIn([theirs], TODAY, undefined, mine)).toEqual([theirs]);
    expect(changeCheckIn([theirs], TODAY, theirs, mine)).toEqual([mine]);
    expect(changeCheckIn([mine], TODAY, mine, undefined)).toEqual([]);
    expect(changeCheckIn([theirs], TODAY, mine, undefined)).toEqual([theirs]);
  });

  it('property: saves of different days in two tabs, applied in either order and again, keep both', () => {
    fc.assert(
      fc.property(fc.array(checkInArb, { maxLength: 10 }), checkInArb, checkInArb, (saves, a, b) => {
        fc.pre(a.date !== b.date);
        const base = saves.reduce<readonly CheckIn[]>(withCheckIn, []);
        const changeA = (l: readonly CheckIn[]) =>
          changeCheckIn(
            l,
            a.date,
            base.find((c) => c.date === a.date),
            a,
          );
        const changeB = (l: readonly CheckIn[]) =>
          changeCheckIn(
            l,
            b.date,
            base.find((c) => c.date === b.date),
            b,
          );
        const ab = changeB(changeA(base));
        expect(changeA(changeB(base))).toEqual(ab);
        expect(changeA(ab)).toBe(ab);
        expect(ab.find((c) => c.date === a.date)).toEqual(a);
        expect(ab.find((c) => c.date === b.date)).toEqual(b);
      }),
      { numRuns: RUNS },
    );
  });

  it('property: two tabs changing the same day settle on one check-in, without undoing each other again', () => {
    fc.assert(
      fc.property(checkInArb, checkInArb, (a, b0) => {
        const b = { ...b0, date: a.date };
        // Tab A stored first; tab B's write (made without A's) lands on top; each re-applies its change to what it reads.
        const stored = changeCheckIn([], a.date, undefined, b);
        const afterA = changeCheckIn(stored, a.date, undefined, a);
        expect(afterA).toBe(stored);
        expect(changeCheckIn(afterA, a.date, undefined, b)).toBe(afterA);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the stored check-ins', () => {
  it('are listed as "Your check-ins" with their number', () => {
    expect(CHECK_INS.key).toBe('atb:v1:check-ins');
    expect(CHECK_INS.label).toBe('Your check-ins');
    expect(CHECK_INS.summary([at(TODAY)])).toBe('1 check-in');
    expect(CHECK_INS.summary([at(TODAY), at(addDays(TODAY, -1))])).toBe('2 check-ins');
    expect(CHECK_INS.encode([])).toBeUndefined();
  });

  it('are written in a fixed shape', () => {
    expect(CHECK_INS.encode([at('2026-11-26'), at(TODAY, { contact: 'logistics', note: 'keys' })])).toBe(
      '[{"date":"2026-11-26","mood":3,"pull":5,"contact":"none"},{"date":"2026-11-27","mood":3,"pull":5,"contact":"logistics","note":"keys"}]',
    );
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '{"date":"2026-11-27"}'],
    ['empty', ''],
  ])('read as none when %s', (_case, text) => {
    expect(decodeCheckIns(text)).toEqual([]);
  });

  it('drop damaged entries and unknown fields, keeping the rest in date order', () => {
    const text = JSON.stringify([
      { ...at('2026-11-27'), extra: 1 },
      at('2026-11-26', { mood: 0 }),
      at('2026-11-25', { pull: 11 }),
      at('2026-11-24', { contact: 'texted' as CheckIn['contact'] }),
      at('2026-02-30'),
      at('2026-11-23', { note: ' untrimmed ' }),
      at('2026-11-22', { note: 'two\nlines' }),
      at('2026-11-21', { note: 'x'.repeat(MAX_CHECK_IN_NOTE + 1) }),
      at('2026-11-20', { note: 7 as unknown as string }),
      at('2026-11-19', { mood: 3.5 }),
      null,
      'text',
      at('2026-11-18', { note: 'fine' }),
    ]);
    expect(decodeCheckIns(text)).toEqual([at('2026-11-18', { note: 'fine' }), at('2026-11-27')]);
    expect(isStoredText(CHECK_INS, text)).toBe(false);
  });

  it('keep one of two entries for a day, the same one whatever their order', () => {
    const a = at(TODAY, { mood: 1 });
    const b = at(TODAY, { mood: 5 });
    expect(decodeCheckIns(JSON.stringify([a, b]))).toEqual([a]);
    expect(decodeCheckIns(JSON.stringify([b, a]))).toEqual([a]);
  });

  it(`keep the latest ${MAX_CHECK_INS} days`, () => {
    const list = Array.from({ length: MAX_CHECK_INS + 5 }, (_, i) => at(addDays('2025-01-01', i)));
    const decoded = decodeCheckIns(JSON.stringify(list.toReversed()));
    expect(decoded).toHaveLength(MAX_CHECK_INS);
    expect(decoded[0]!.date).toBe('2025-01-06');
  });

  it('property: what is written reads back the same, and is written again byte for byte (backups restore)', () => {
    fc.assert(
      fc.property(fc.array(checkInArb, { maxLength: 40 }), (saves) => {
        const list = saves.reduce<readonly CheckIn[]>(withCheckIn, []);
        const text = encodeCheckIns(list);
        expect(decodeCheckIns(text)).toEqual(list);
        expect(encodeCheckIns(decodeCheckIns(text))).toBe(text);
        if (list.length) expect(isStoredText(CHECK_INS, JSON.stringify(list.toReversed(), null, 2))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('property: reading any text never throws, and gives a list in date order, one per day', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(checkInArb).map((l) => JSON.stringify(l)),
        ),
        (text) => {
          const list = decodeCheckIns(text);
          const dates = list.map((c) => c.date);
          expect(dates).toEqual([...new Set(dates)].sort());
        },
      ),
      { numRuns: RUNS },
    );
  });
});
