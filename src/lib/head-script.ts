import { createHash } from 'node:crypto';

/**
 * The one inline script: it runs before first paint to mark that JavaScript
 * runs (CSS then shows widgets instead of their paper versions) and to apply a
 * stored theme, so neither flashes the wrong state. `themeKey` is the theme's
 * storage key.
 */
export function headScript(themeKey: string): string {
  return `document.documentElement.dataset.js='';try{var t=localStorage.getItem(${JSON.stringify(themeKey)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
}

/** The CSP source expression allowing an inline script: `'sha256-…'`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}
