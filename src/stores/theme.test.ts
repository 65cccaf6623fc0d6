import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from './keys';

useTestStorageEngine();
let theme: typeof import('./theme');
beforeAll(async () => {
  theme = await import('./theme');
});
afterEach(() => {
  cleanTestStorage();
  cleanStores(theme.$theme);
});

describe('theme', () => {
  it('follows the system until the reader chooses', () => {
    keepMount(theme.$theme);
    expect(theme.$theme.get()).toBe('system');
    expect(theme.effectiveTheme('system', true)).toBe('dark');
    expect(theme.effectiveTheme('system', false)).toBe('light');
  });

  it('a choice beats the system setting', () => {
    expect(theme.effectiveTheme('light', true)).toBe('light');
    expect(theme.effectiveTheme('dark', false)).toBe('dark');
  });

  it('toggles to the opposite of what is shown, and stores it', () => {
    keepMount(theme.$theme);
    theme.toggleTheme(true);
    expect(theme.$theme.get()).toBe('light');
    expect(getTestStorage()[STORAGE_KEYS.theme]).toBe('light');
    theme.toggleTheme(true);
    expect(theme.$theme.get()).toBe('dark');
  });

  it('"system" is stored as no key at all', () => {
    keepMount(theme.$theme);
    theme.$theme.set('dark');
    theme.$theme.set('system');
    expect(STORAGE_KEYS.theme in getTestStorage()).toBe(false);
  });

  it('ignores an unknown stored value', () => {
    keepMount(theme.$theme);
    setTestStorageKey(STORAGE_KEYS.theme, 'purple');
    expect(theme.$theme.get()).toBe('system');
  });
});
