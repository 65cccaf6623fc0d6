import { $theme, toggleTheme } from '~/stores/theme';

/**
 * Light/dark switch: a press stores the other theme, and the stored choice
 * (this tab's, or another tab's) applies to the page. The button's label and
 * icon follow the page's theme by CSS (src/components/ThemeToggle.astro).
 */
export function initThemeToggle(): void {
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  document.querySelector('[data-theme-toggle]')?.addEventListener('click', () => toggleTheme(system.matches));
  $theme.subscribe((choice) => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
  });
}
