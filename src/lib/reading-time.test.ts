import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from './reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ["You're not alone, and it's okay.", 6],
    ['A well-kept secret', 3],
    ['## A heading\n\nA paragraph.', 4],
    ['- one\n- two\n1. three', 3],
    ['[the next chapter](/guide/acceptance/)', 3],
    ['---\ntitle: "Hidden words here"\norder: 1\n---\nVisible text', 2],
    ['import X from "./x.astro";\n\nText here', 2],
    ['<Aside type="tip" title="Ignored title">\nInside counts\n</Aside>', 2],
    ['```js\nconst code = 1;\n```\nAfter code', 2],
    ['Café déjà vu', 3],
    ['Numbers like 30 and 45 count', 6],
  ])('%j has %i words', (source, expected) => {
    expect(countWords(source)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('uses about 220 words per minute', () => {
    expect(WORDS_PER_MINUTE).toBe(220);
  });
  it.each([
    [0, 1],
    [1, 1],
    [220, 1],
    [221, 2],
    [440, 2],
    [441, 3],
    [1100, 5],
    [1400, 7],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
  it('accepts another reading speed', () => {
    expect(readingMinutes(600, 200)).toBe(3);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (bad) => {
    expect(() => readingMinutes(bad)).toThrow(RangeError);
  });
  it('labels minutes', () => {
    expect(readingTimeLabel(4)).toBe('4 min read');
  });
});
