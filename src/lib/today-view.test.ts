import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import type { CheckIn } from './check-ins';
import type { Plan } from './no-contact-plan';
import { cellLabel, cellMark, days, MAX_STRIP_DAYS, ringGeometry, stripCells } from './today-view';

const TODAY = '2026-11-27';
const at = (date: string, over: Partial<CheckIn> = {}): CheckIn => ({ date, mood: 3, pull: 5, contact: 'none', ...over });

describe('ringGeometry', () => {
  it('fits the circle and its stroke inside the square', () => {
    const ring = ringGeometry(0.5, 132, 12);
    expect(ring.radius).toBe(60);
    expect(ring.circumference).toBeCloseTo(2 * Math.PI * 60, 1);
    expect(ring.filled).toBeCloseTo(Math.PI * 60, 1);
    expect(ring.dashArray).toBe(`${ring.filled} ${ring.circumference}`);
  });

  it('draws nothing at 0 (and for NaN) and the whole circle at 1 or more', () => {
    expect(ringGeometry(0, 100, 10).filled).toBe(0);
    expect(ringGeometry(Number.NaN, 100, 10).filled).toBe(0);
    expect(ringGeometry(-2, 100, 10).filled).toBe(0);
    const full = ringGeometry(3, 100, 10);
    expect(full.filled).toBe(full.circumference);
  });

  it('grows with the fraction and never passes the circumference', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const r1 = ringGeometry(lo, 132, 12);
        const r2 = ringGeometry(hi, 132, 12);
        expect(r1.filled).toBeLessThanOrEqual(r2.filled);
        expect(r2.filled).toBeLessThanOrEqual(r2.circumference);
      }),
    );
  });

  it('refuses a size or stroke that cannot be drawn', () => {
    expect(() => ringGeometry(0.5, 0, 1)).toThrow(RangeError);
    expect(() => ringGeometry(0.5, 20, 10)).toThrow(RangeError);
    expect(() => ringGeometry(0.5, 20, 0)).toThrow(RangeError);
  });
});

describe('stripCells', () => {
  const plan: Plan = { lastContact: '2026-11-20', lengthDays: 30, slips: [] };

  it('has one cell a day from day 0 to the end date, today marked', () => {
    const cells = stripCells(plan, [], TODAY);
    expect(cells).toHaveLength(31);
    expect(cells[0]!.date).toBe('2026-11-20');
    expect(cells.at(-1)!.date).toBe('2026-12-20');
    expect(cells.filter((c) => c.when === 'today').map((c) => c.date)).toEqual([TODAY]);
    expect(cells.filter((c) => c.when === 'past')).toHaveLength(7);
    expect(cells[0]!.start).toBe(true);
    expect(cells[7]!.dayOfMonth).toBe(27);
  });

  it('marks check-ins, their contact and slips, in words as well', () => {
    const slipped: Plan = {
      lastContact: '2026-11-24',
      lengthDays: 30,
      slips: [{ date: '2026-11-24', dayReached: 4, previousLastContact: '2026-11-20' }],
    };
    const cells = stripCells(slipped, [at('2026-11-22', { contact: 'they-reached-out' }), at(TODAY)], TODAY);
    expect(cells[0]!.date).toBe('2026-11-20');
    const byDate = new Map(cells.map((c) => [c.date, c]));
    expect(byDate.get('2026-11-24')!.slip).toBe(true);
    expect(byDate.get('2026-11-24')!.label).toBe('Tuesday 24 November 2026: contact, the count restarted; no check-in');
    expect(byDate.get('2026-11-22')!.label).toBe('Sunday 22 November 2026: checked in, they reached out');
    expect(byDate.get(TODAY)!.label).toBe('Today, Friday 27 November 2026: checked in, no contact');
    expect(byDate.get('2026-11-21')!.label).toBe('Saturday 21 November 2026: no check-in');
    expect(byDate.get('2026-11-30')!.label).toBe('Monday 30 November 2026');
  });

  it('marks contact logged on the tracker, which never restarts the count, with its own mark', () => {
    const logged: Plan = {
      ...plan,
      contacts: [
        { date: '2026-11-22', kind: 'they-reached-out' },
        { date: '2026-11-23', kind: 'logistics' },
        { date: '2026-11-25', kind: 'logistics' },
      ],
    };
    const cells = stripCells(logged, [at('2026-11-23', { contact: 'logistics' }), at('2026-11-25')], TODAY);
    const byDate = new Map(cells.map((c) => [c.date, c]));
    expect(byDate.get('2026-11-22')!.label).toBe('Sunday 22 November 2026: no check-in; logged on the tracker: they reached out');
    // The check-in says the same: said once.
    expect(byDate.get('2026-11-23')!.label).toBe('Monday 23 November 2026: checked in, logistics only');
    expect(byDate.get('2026-11-25')!.label).toBe(
      'Wednesday 25 November 2026: checked in, no contact; logged on the tracker: logistics only',
    );
    expect(cells.map(cellMark).slice(0, 9)).toEqual(['×', '○', '◆', '◆', '○', '◆', '○', '○', '']);
    expect(cells.every((c) => !c.slip)).toBe(true);
  });

  it('runs on to today after the end date, and keeps at most the latest cells', () => {
    const long: Plan = { lastContact: '2025-01-01', lengthDays: 30, slips: [] };
    const cells = stripCells(long, [], TODAY);
    expect(cells).toHaveLength(MAX_STRIP_DAYS);
    expect(cells.at(-1)!.date).toBe(TODAY);
    expect(cells.at(-1)!.when).toBe('today');
    expect(cellMark(cells.at(-1)!)).toBe('○');
  });

  it('starts at today when the plan starts later (a changed clock)', () => {
    const cells = stripCells({ lastContact: '2026-12-01', lengthDays: 21, slips: [] }, [], TODAY);
    expect(cells[0]!.date).toBe(TODAY);
    expect(cells.at(-1)!.date).toBe('2026-12-22');
  });

  it('always has exactly one cell for today, whatever the plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 500 }), fc.integer({ min: 21, max: 365 }), (back, length) => {
        const cells = stripCells({ lastContact: addDays(TODAY, -back), lengthDays: length, slips: [] }, [], TODAY);
        expect(cells.filter((c) => c.when === 'today')).toHaveLength(1);
        expect(cells.length).toBeLessThanOrEqual(MAX_STRIP_DAYS);
        cells.forEach((c, i) => i > 0 && expect(c.date).toBe(addDays(cells[i - 1]!.date, 1)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('cellLabel', () => {
  it('names the day of last contact and a check-in after it', () => {
    expect(cellLabel({ date: TODAY, when: 'today', start: true, slip: false, contact: 'reached-out', checkedIn: true })).toBe(
      'Today, Friday 27 November 2026: your last contact, day 0; checked in, you reached out',
    );
  });
});

describe('days', () => {
  it('says day or days', () => {
    expect(days(1)).toBe('1 day');
    expect(days(0)).toBe('0 days');
    expect(days(12)).toBe('12 days');
  });
});
