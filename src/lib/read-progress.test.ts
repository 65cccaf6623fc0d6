import { describe, expect, it } from 'vitest';
import { decodeSlugList, isSlug, LAST_CHAPTER, withSlug } from './read-progress';

describe('isSlug', () => {
  it.each(['acceptance', 'after-the-breakup', 'a1'])('accepts %s', (s) => expect(isSlug(s)).toBe(true));
  it.each(['', 'Upper', 'two  spaces', '-lead', 'trail-', 'a--b', '../x', 5, null, 'x'.repeat(101)])('rejects %j', (s) =>
    expect(isSlug(s)).toBe(false),
  );
});

describe('decodeSlugList', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['not json', []],
    ['{"a":1}', []],
    ['"acceptance"', []],
    ['null', []],
    ['["acceptance","absence"]', ['acceptance', 'absence']],
    ['["acceptance",3,null,"Bad Slug","absence"]', ['acceptance', 'absence']],
    ['["a","a","b"]', ['a', 'b']],
  ])('decodes %j', (input, expected) => {
    expect(decodeSlugList(input)).toEqual(expected);
  });
});

describe('withSlug', () => {
  it('appends a new slug', () => {
    expect(withSlug(['a'], 'b')).toEqual(['a', 'b']);
  });
  it('returns the same list when the slug is there', () => {
    const list = ['a'];
    expect(withSlug(list, 'a')).toBe(list);
  });
});

describe('the last chapter, as the your-data page sums it up', () => {
  const names = { chapters: { absence: 'Absence makes the heart grow fonder' } };
  it('names the chapter by its title', () => {
    expect(LAST_CHAPTER.summary('absence', names)).toBe('Absence makes the heart grow fonder');
  });
  it('makes a slug readable when the page does not know the chapter', () => {
    expect(LAST_CHAPTER.summary('old-chapter', names)).toBe('old chapter');
    expect(LAST_CHAPTER.summary('absence')).toBe('absence');
  });
});
