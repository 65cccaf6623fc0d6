import { describe, expect, it } from 'vitest';
import { isRecord, parseStored } from './stored-json';

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
