import { $theme, effectiveTheme, toggleTheme } from '~/stores/theme';

/** Light/dark switch: applies the stored or system theme; the button says what pressing it does. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const label = button?.querySelector('[data-theme-label]');
  const system = window.matchMedia('(prefers-color-scheme: dark)');

  function apply() {
    const choice = $theme.get();
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
    if (!button || !label) return;
    const next = effectiveTheme(choice, system.matches) === 'dark' ? 'light' : 'dark';
    button.dataset['next'] = next;
    label.textContent = next === 'dark' ? 'Dark theme' : 'Light theme';
  }

  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => toggleTheme(system.matches));
  }
  $theme.subscribe(apply);
  system.addEventListener('change', apply);
}
