import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example, planArb, RUNS, TODAY } from './no-contact-fixtures';
import { MAX_NOTE_LENGTH } from './no-contact-plan';
import { progress } from './no-contact-progress';
import { lastContactConflict, logSlip, undoSlip } from './no-contact-slips';

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

describe('lastContactConflict (defect 2)', () => {
  const plan = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };
  const slipped = logSlip(plan, '2026-11-20');

  it('lets any date through when there is no slip', () => {
    expect(lastContactConflict(undefined, '2026-01-01')).toBeUndefined();
    expect(lastContactConflict(plan, '2026-01-01')).toBeUndefined();
  });

  it('lets the slip day and later days through', () => {
    expect(lastContactConflict(slipped, '2026-11-20')).toBeUndefined();
    expect(lastContactConflict(slipped, '2026-11-25')).toBeUndefined();
  });

  it('refuses a day before the latest slip, naming it', () => {
    expect(lastContactConflict(slipped, '2026-10-20')).toBe(
      'You logged contact on Friday 20 November 2026, so your count runs from that day. To count from an earlier day, undo that slip first.',
    );
  });

  it('never lets a date through that would put a slip after the last contact', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: -400, max: 400 }), (p, offset) => {
        const last = p.slips.at(-1);
        if (!last) return;
        const date = new Date(Date.parse(`${last.date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        expect(lastContactConflict(p, date) === undefined).toBe(offset >= 0);
      }),
      { numRuns: RUNS },
    );
  });
});
