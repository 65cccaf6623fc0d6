import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from './calendar-date';
import { example, planArb, RUNS, TODAY } from './no-contact-fixtures';
import { progress } from './no-contact-progress';

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
    ['2026-10-21', 1, 44, 1 / 45, 'accept', false],
    ['2026-10-22', 2, 43, 2 / 45, 'radar', false],
    ['2026-10-27', 7, 38, 7 / 45, 'enjoy', false],
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
