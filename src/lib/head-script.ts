import { DISCREET, DISCREET_TITLE } from './discreet';
import { QUICK_EXIT_KEY_GAP_MS, quickExitUrl } from './quick-exit';
import { SCRIPTS_ATTRIBUTE } from './first-paint';

/** `data-scripts` as a `dataset` key. */
const SCRIPTS_DATASET_KEY = SCRIPTS_ATTRIBUTE.slice('data-'.length).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
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
  /** The web manifest, as the page links it (base path included). */
  manifest: string;
}

/** How long after `load` the page's scripts start when no first paint has been reported (a tab opened in the background). */
export const SCRIPTS_FALLBACK_MS = 2000;

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
 *
 * It builds a popover's deferred content (src/components/Later.astro) as the
 * popover opens, so that content is there before any other script has run.
 *
 * And it starts the page's scripts once the first contentful paint is on
 * screen, so that the text never waits for them: the module scripts listed in
 * `data-scripts` on `<html>` (see deferModuleScripts in ./first-paint), in
 * order, then the web manifest link (browsers fetch a linked manifest as the
 * page loads, which would compete with the paint). Where no first paint is
 * reported (a tab opened in the background, a browser without paint timing)
 * they start SCRIPTS_FALLBACK_MS after `load`.
 */
export function headScript({ themeKey, discreetKey, discreetIcon, exitUrl, manifest }: HeadScriptOptions): string {
  const q = JSON.stringify;
  // Written small by hand: every page carries it inline. The icon link is
  // always on the page, every event target here is an element, and no other
  // script sets document.onclick or document.onkeyup (listeners only). Key up,
  // as GOV.UK's exit counts: a held key does not repeat it.
  return (
    `var d=document,h=d.documentElement,n=0,l=0,o,` +
    // x leaves; a adds an element to <head>; g starts the scripts, once (o).
    `x=()=>{h.dataset.exit='';location.replace(${q(exitUrl)})},` +
    `a=(t,p)=>d.head.append(Object.assign(d.createElement(t),p)),` +
    `g=()=>{o||(o=1,(h.dataset.${SCRIPTS_DATASET_KEY}||'').split(' ').forEach(v=>v&&a('script',{type:'module',async:!1,src:v})),` +
    `a('link',{rel:'manifest',href:${q(manifest)}}))};h.dataset.js='';` +
    `try{var s=localStorage,t=s.getItem(${q(themeKey)});if(t=='light'||t=='dark')h.dataset.theme=t;` +
    `if(s.getItem(${q(discreetKey)})){h.dataset.discreet='';d.title=${q(DISCREET_TITLE)};` +
    `d.querySelector('link[rel=icon]').href=${q(discreetIcon)}}}catch(e){}` +
    `d.onclick=e=>{e.target.closest('[data-quick-exit]')&&(e.preventDefault(),x())};` +
    `d.onkeyup=e=>{` +
    `n=e.key!='Shift'||e.target.closest('input,textarea,select,[contenteditable]')?0:e.timeStamp-l<${QUICK_EXIT_KEY_GAP_MS}?n+1:1;` +
    `l=e.timeStamp;n>2&&x()};` +
    // A popover's content kept as text in a <noscript> (src/components/Later.astro) becomes
    // elements as the popover opens. The event does not bubble: the window hears it on its way down.
    `addEventListener('beforetoggle',e=>e.target.querySelectorAll('noscript').forEach(v=>v.outerHTML=v.textContent),!0);` +
    // The fallback comes before the observer: where PerformanceObserver is missing, that line
    // throws, and nothing follows it. (No other script sets window.onload.)
    `onload=()=>setTimeout(g,${SCRIPTS_FALLBACK_MS / 1000}e3);` +
    // The first contentful paint: the first paint can come before it (the background alone).
    `new PerformanceObserver(l=>l.getEntriesByName('first-contentful-paint')[0]&&g()).observe({type:'paint'})`
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
    manifest: `${root}manifest.webmanifest`,
  });
}
