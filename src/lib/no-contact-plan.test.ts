import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb, RUNS } from './no-contact-fixtures';
import { decodePlan, encodePlan, LENGTH_RANGE } from './no-contact-plan';

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

  it.each([7, 14, 20])('reads a %i-day plan an earlier version stored as it was saved, so a backup of it restores', (days) => {
    const text = json({ ...valid, lengthDays: days });
    expect(decodePlan(text)).toEqual({ ...valid, lengthDays: days });
    expect(encodePlan(decodePlan(text)!)).toBe(text);
    expect(LENGTH_RANGE.min).toBe(21);
  });

  it.each([6, 366, 14.5])('refuses a %s-day plan', (days) => {
    expect(decodePlan(json({ ...valid, lengthDays: days }))).toBeUndefined();
  });

  it('reads and writes logged contact exactly, and leaves it out when there is none', () => {
    const text = json({
      ...valid,
      contacts: [
        { date: '2026-11-01', kind: 'they-reached-out' },
        { date: '2026-11-02', kind: 'logistics' },
      ],
    });
    expect(encodePlan(decodePlan(text)!)).toBe(text);
    expect(encodePlan({ ...valid, contacts: [] })).toBe(json(valid));
  });

  it.each([
    ['an empty list', []],
    ['an unknown kind', [{ date: '2026-11-01', kind: 'i-reached-out' }]],
    ['a bad date', [{ date: '2026-02-30', kind: 'logistics' }]],
    ['not a list', 'logistics'],
  ])('refuses logged contact that is %s', (_case, contacts) => {
    expect(decodePlan(json({ ...valid, contacts }))).toBeUndefined();
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
