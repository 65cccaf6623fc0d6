import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '~/lib/memory-storage';
import { THEME } from '~/lib/theme';
import { changedElsewhere, useStorageForTests } from './engine';
import { $theme, effectiveTheme, toggleTheme } from './theme';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useStorageForTests(storage);
});

describe('theme', () => {
  it('follows the system until the reader chooses', () => {
    expect($theme.get()).toBe('system');
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
  });

  it('a choice beats the system setting', () => {
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('toggles to the opposite of what is shown, and stores it', () => {
    toggleTheme(true);
    expect($theme.get()).toBe('light');
    expect(storage.data.get(THEME.key)).toBe('light');
    toggleTheme(true);
    expect($theme.get()).toBe('dark');
  });

  it('"system" is stored as no key at all', () => {
    $theme.set('dark');
    $theme.set('system');
    expect(storage.data.has(THEME.key)).toBe(false);
  });

  it('ignores an unknown stored value', () => {
    storage.data.set(THEME.key, 'purple');
    changedElsewhere(THEME.key);
    expect($theme.get()).toBe('system');
  });
});
