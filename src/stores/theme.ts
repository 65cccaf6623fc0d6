import { effectiveTheme, THEME, type ThemeChoice } from '~/lib/theme';
import { persistentItem } from './stored';

export { effectiveTheme, type ThemeChoice };

/** The theme the reader picked, kept on this device. */
export const $theme = persistentItem(THEME);

/** Switches to the opposite of the theme shown now and remembers it. */
export function toggleTheme(systemPrefersDark: boolean): void {
  $theme.set(effectiveTheme($theme.get(), systemPrefersDark) === 'dark' ? 'light' : 'dark');
}
