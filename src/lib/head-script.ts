import { createHash } from 'node:crypto';
import { DISCREET, DISCREET_TITLE } from './discreet';
import { QUICK_EXIT_KEY_GAP_MS, quickExitUrl } from './quick-exit';
import { THEME } from './theme';

/** What the inline head script needs to know; every value is fixed at build time. */
export interface HeadScriptOptions {
  /** The theme's storage key. */
  themeKey: string;
  /** Discreet mode's storage key. */
  discreetKey: string;
  /** The neutral icon a discreet tab shows, as the page links it (base path included). */
  discreetIcon: string;
  /** Where quick exit goes (from quickExitUrl in ./quick-exit). */
  exitUrl: string;
}

/**
 * The one inline script. Before first paint it marks that JavaScript runs
 * (CSS then shows widgets instead of their paper versions), applies a stored
 * theme, and in discreet mode sets `data-discreet`, a neutral tab title and
 * icon, so none of them flashes the wrong state.
 *
 * It also runs quick exit, because it is the first script on every page:
 * a click on any `[data-quick-exit]` link, or Shift pressed three times in a
 * row (each within QUICK_EXIT_KEY_GAP_MS of the last, never while a form
 * field has focus), sets `data-exit` (CSS blanks the page at once) and
 * replaces the page with `exitUrl`, so Back does not return to it.
 */
export function headScript({ themeKey, discreetKey, discreetIcon, exitUrl }: HeadScriptOptions): string {
  const q = JSON.stringify;
  // Written small by hand: every page carries it inline. The icon link is
  // always on the page, every event target here is an element, and no other
  // script sets document.onclick or document.onkeyup (listeners only). Key up,
  // as GOV.UK's exit counts: a held key does not repeat it.
  return (
    `var d=document,h=d.documentElement,n=0,l=0;h.dataset.js='';` +
    `try{var s=localStorage,t=s.getItem(${q(themeKey)});if(t=='light'||t=='dark')h.dataset.theme=t;` +
    `if(s.getItem(${q(discreetKey)})){h.dataset.discreet='';d.title=${q(DISCREET_TITLE)};` +
    `d.querySelector('link[rel=icon]').href=${q(discreetIcon)}}}catch(e){}` +
    `function x(){h.dataset.exit='';location.replace(${q(exitUrl)})}` +
    `d.onclick=function(e){if(e.target.closest('[data-quick-exit]')){e.preventDefault();x()}};` +
    `d.onkeyup=function(e){` +
    `n=e.key!='Shift'||e.target.closest('input,textarea,select,[contenteditable]')?0:e.timeStamp-l<${QUICK_EXIT_KEY_GAP_MS}?n+1:1;` +
    `l=e.timeStamp;n>2&&x()}`
  );
}

/**
 * The head script of this site's build under `base`, with the quick-exit
 * destination `exitSetting` (QUICK_EXIT_URL; see quickExitUrl). The layout
 * writes it and astro.config.mjs hashes it for the CSP: both call this.
 */
export function siteHeadScript(base: string, exitSetting: string | undefined): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return headScript({
    themeKey: THEME.key,
    discreetKey: DISCREET.key,
    discreetIcon: `${root}notes.svg`,
    exitUrl: quickExitUrl(exitSetting),
  });
}

/** The CSP source expression allowing an inline script: `'sha256-…'`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}
