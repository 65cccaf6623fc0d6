import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS } from './no-contact-fixtures';
import { LENGTH_RANGE } from './no-contact-plan';
import { stageFor, stages } from './no-contact-stages';

describe('stages', () => {
  it.each([
    [21, [0, 2, 5, 7, 21]],
    [30, [0, 2, 5, 7, 30]],
    [45, [0, 2, 5, 7, 45]],
    [60, [0, 2, 5, 7, 60]],
    [365, [0, 2, 5, 7, 365]],
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
      ['done', 'The end of your no-contact period', 'jealousy'],
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

  it('starts enjoying life in the first week, as the happiness chapter does, whatever the length', () => {
    for (let total = LENGTH_RANGE.min; total <= LENGTH_RANGE.max; total++) {
      expect(stages(total).find((s) => s.id === 'enjoy')!.startDay).toBeLessThanOrEqual(7);
    }
  });

  it('never calls the end "your period" on its own', () => {
    for (const stage of stages(45)) expect(`${stage.title} ${stage.advice}`).not.toMatch(/your period|the period you chose/i);
  });

  it('sends a finished reader to the self-check before any decision', () => {
    expect(stageFor(45, 45).advice).toContain('"Are you ready to end no contact?" self-check');
  });

  it.each([20, 7, 366, 45.5, Number.NaN, 0])('throws RangeError for a %s-day period', (total) => {
    expect(() => stages(total)).toThrow(RangeError);
  });
});

describe('stageFor', () => {
  it.each([
    [-3, 'accept'],
    [0, 'accept'],
    [1, 'accept'],
    [2, 'radar'],
    [4, 'radar'],
    [5, 'rebuild'],
    [6, 'rebuild'],
    [7, 'enjoy'],
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
