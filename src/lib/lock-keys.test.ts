import { describe, expect, it } from 'vitest';
import { DISCREET } from './discreet';
import { DISCREET_KEY, isSealedKey, LOCK_KEY } from './lock-keys';
import { STORED_FAMILIES, STORED_ITEMS } from './stored-items';
import { THEME } from './theme';

describe('isSealedKey', () => {
  it('names discreet mode as its declaration does', () => {
    expect(DISCREET_KEY).toBe(DISCREET.key);
  });

  it('seals every stored item but the theme and discreet mode, and every family member', () => {
    const open = STORED_ITEMS.filter((item) => !isSealedKey(item.key)).map((item) => item.key);
    expect(open.sort()).toEqual([DISCREET.key, THEME.key].sort());
    for (const family of STORED_FAMILIES) expect(isSealedKey(family.member('any-quiz').key)).toBe(true);
  });

  it('leaves the lock record and other sites’ keys alone', () => {
    expect(isSealedKey(LOCK_KEY)).toBe(false);
    expect(isSealedKey('other:v1:plan')).toBe(false);
  });
});
