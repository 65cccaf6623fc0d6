import { defineStoredItem } from './stored-item';

/** The reader's theme choice; 'system' follows the device setting. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** The theme the reader picked. Also read by the inline no-flash script in the page head. */
export const THEME = defineStoredItem<ThemeChoice>({
  name: 'theme',
  version: 1,
  initial: 'system',
  decode: (text) => (text === 'light' || text === 'dark' ? text : 'system'),
  encode: (choice) => (choice === 'system' ? undefined : choice),
  label: 'Theme choice',
  summary: (choice) => `${choice} theme`,
});

/**
 * The theme actually shown: the reader's choice, or the system's when the
 * choice is 'system'.
 */
export function effectiveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
