import { STORAGE_KEYS } from './keys';
import { persistentAtom } from './persist';

/** The reader's theme choice; 'system' follows the device setting. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** The theme the reader picked, kept on this device. */
export const $theme = persistentAtom<ThemeChoice>(STORAGE_KEYS.theme, 'system', {
  encode: (choice) => (choice === 'system' ? undefined : choice),
  decode: (stored) => (stored === 'light' || stored === 'dark' ? stored : 'system'),
});

/**
 * The theme actually shown: the reader's choice, or the system's when the
 * choice is 'system'.
 */
export function effectiveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** Switches to the opposite of the theme shown now and remembers it. */
export function toggleTheme(systemPrefersDark: boolean): void {
  $theme.set(effectiveTheme($theme.get(), systemPrefersDark) === 'dark' ? 'light' : 'dark');
}
