import { describe, expect, it } from 'vitest';
import { decodeSlugList, isSlug, LAST_CHAPTER, nextChapter, withSlug } from './read-progress';

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

describe('nextChapter', () => {
  const order = ['one', 'two', 'three'];
  it.each([
    ['a first-time reader starts at the beginning', [], '', { kind: 'start', slug: 'one' }],
    ['a reader who opened a chapter and left it half-read goes back to it', [], 'two', { kind: 'next', slug: 'two' }],
    ['a reader who finished the first goes on to the second', ['one'], 'one', { kind: 'next', slug: 'two' }],
    ['skipped chapters come first, in order', ['two'], 'two', { kind: 'next', slug: 'one' }],
    ['the chapter open now wins over an earlier unread one', ['one'], 'three', { kind: 'next', slug: 'three' }],
    ['finished everything: read again from the start', ['three', 'one', 'two'], 'two', { kind: 'again', slug: 'one' }],
    ['removed chapters are ignored', ['gone'], 'gone', { kind: 'start', slug: 'one' }],
    ['a removed chapter does not count towards finishing', ['one', 'two', 'gone'], 'gone', { kind: 'next', slug: 'three' }],
  ] as const)('%s', (_, read, last, expected) => {
    expect(nextChapter(order, read, last)).toEqual(expected);
  });

  it('offers nothing for an empty guide', () => {
    expect(nextChapter([], ['one'], 'one')).toBeUndefined();
  });
});
