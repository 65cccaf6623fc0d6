import { describe, expect, it } from 'vitest';
import { nextChapter } from './next-chapter';

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
