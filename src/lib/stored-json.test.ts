import { describe, expect, it } from 'vitest';
import { isRecord, parseStored } from './stored-json';
import { sameJsonContent } from './stored-text';

describe('parseStored', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['{oops', undefined],
    ['null', null],
    ['[1,"a"]', [1, 'a']],
    ['{"a":1}', { a: 1 }],
  ])('%j → %j', (input, expected) => {
    expect(parseStored(input)).toEqual(expected);
  });
});

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [5, false],
  ])('%j → %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});

describe('sameJsonContent', () => {
  it('ignores the order of keys and of list entries', () => {
    expect(sameJsonContent({ a: 1, b: [1, 2] }, { b: [2, 1], a: 1 })).toBe(true);
    expect(sameJsonContent([{ x: 1 }, { y: 2 }], [{ y: 2 }, { x: 1 }])).toBe(true);
  });

  it('tells different content apart', () => {
    expect(sameJsonContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJsonContent([1, 1, 2], [1, 2, 2])).toBe(false);
    expect(sameJsonContent({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameJsonContent('1', 1)).toBe(false);
    expect(sameJsonContent(null, undefined)).toBe(false);
  });
});
