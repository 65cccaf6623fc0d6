import { $theme, effectiveTheme, toggleTheme } from '~/stores/theme';

/** Light/dark switch: applies the stored or system theme and keeps the button in step. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const system = window.matchMedia('(prefers-color-scheme: dark)');

  function apply() {
    const choice = $theme.get();
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
    button?.setAttribute('aria-pressed', String(effectiveTheme(choice, system.matches) === 'dark'));
  }

  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => toggleTheme(system.matches));
  }
  $theme.subscribe(apply);
  system.addEventListener('change', apply);
}
