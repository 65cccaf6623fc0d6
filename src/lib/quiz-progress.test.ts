import { describe, expect, it } from 'vitest';
import { decodeQuizProgress, EMPTY_PROGRESS, encodeQuizProgress } from './quiz-progress';

describe('quiz progress codec', () => {
  it('round-trips progress', () => {
    const progress = { answers: { a: 'yes', b: ['x', 'y'], days: 12 }, step: 2, done: true };
    expect(decodeQuizProgress(encodeQuizProgress(progress))).toEqual(progress);
  });

  it('stores nothing for an untouched quiz', () => {
    expect(encodeQuizProgress(EMPTY_PROGRESS)).toBeUndefined();
  });

  it.each([undefined, '', 'garbage', '[]', 'null', '42', '"text"'])('decodes %j as an empty quiz', (input) => {
    expect(decodeQuizProgress(input)).toEqual(EMPTY_PROGRESS);
  });

  it('keeps the valid part of damaged progress', () => {
    const decoded = decodeQuizProgress(
      JSON.stringify({
        answers: { ok: 'yes', days: 3, bad: { nested: true }, neg: -1, frac: 1.5, list: ['a', 2], 'Bad Id': 'x' },
        step: 'two',
        done: 'yes',
      }),
    );
    expect(decoded).toEqual({ answers: { ok: 'yes', days: 3 }, step: 0, done: false });
  });

  it('rejects an out-of-range step', () => {
    expect(decodeQuizProgress('{"answers":{},"step":1000,"done":false}').step).toBe(0);
    expect(decodeQuizProgress('{"answers":{},"step":-1,"done":false}').step).toBe(0);
  });
});
