import { describe, expect, it } from 'vitest';
import { PAUSE_MS } from './unsent';
import { nextStep, opensNewPause, PAUSE_RESUME_MS, previousStep, SENT_WORDS, stepNumber, URGE_STEP_TITLES, URGE_STEPS } from './urge-flow';

const NOW = Date.parse('2026-11-27T22:00:00.000Z');

describe('the steps', () => {
  it('run from the pause to "Did you send it?", numbered from 1', () => {
    expect(URGE_STEPS[0]).toBe('breathe');
    expect(URGE_STEPS.at(-1)).toBe('sent');
    expect(URGE_STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5]);
  });

  it('go forward and back one at a time, and stop at each end', () => {
    for (const [i, step] of URGE_STEPS.entries()) {
      expect(nextStep(step)).toBe(URGE_STEPS[i + 1]);
      expect(previousStep(step)).toBe(i === 0 ? undefined : URGE_STEPS[i - 1]);
    }
  });

  it('each have their own title', () => {
    expect(new Set(URGE_STEPS.map((s) => URGE_STEP_TITLES[s])).size).toBe(URGE_STEPS.length);
  });
});

describe('opensNewPause', () => {
  it.each([
    ['no pause was started', 0, NOW, true],
    ['a pause started just now', NOW, NOW, false],
    ['a pause with a second left', NOW - PAUSE_MS + 1000, NOW, false],
    ['a pause that ended a moment ago', NOW - PAUSE_MS - 1000, NOW, false],
    ['a pause that ended exactly the resume window ago', NOW - PAUSE_MS - PAUSE_RESUME_MS, NOW, false],
    ['a pause that ended longer ago than that', NOW - PAUSE_MS - PAUSE_RESUME_MS - 1, NOW, true],
    ['a pause from yesterday', NOW - 86_400_000, NOW, true],
  ])('%s: %s', (_case, startedAt, now, expected) => {
    expect(opensNewPause(startedAt, now)).toBe(expected);
  });

  it('throws for a time that is not finite', () => {
    expect(() => opensNewPause(NOW, Number.NaN)).toThrow(RangeError);
  });
});

describe('SENT_WORDS', () => {
  it('never blames the reader after a slip', () => {
    for (const words of Object.values(SENT_WORDS)) expect(words).not.toMatch(/\b(fail|failed|should have|weak|ruined|shame)\b/i);
  });
});
