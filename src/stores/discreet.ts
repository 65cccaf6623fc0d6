import { DISCREET, DISCREET_TITLE } from '~/lib/discreet';
import { persistentItem } from './stored';

/** Discreet mode, kept on this device (src/lib/discreet.ts). The head script applies it as each page loads. */
export const $discreet = persistentItem(DISCREET);

let shownTitle: string | undefined;

/**
 * Turns discreet mode on or off, and applies it to this page at once, as the
 * head script (src/lib/head-script.ts) does on every page load: the
 * `data-discreet` mark that CSS reads, the tab title and the icon.
 */
export function setDiscreet(on: boolean): void {
  $discreet.set(on);
  const root = document.documentElement;
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (on) {
    if (document.title !== DISCREET_TITLE) shownTitle = document.title;
    root.dataset['discreet'] = '';
    document.title = DISCREET_TITLE;
    if (icon) icon.href = icon.href.replace(/favicon\.svg$/, 'notes.svg');
  } else {
    delete root.dataset['discreet'];
    // A page that opened in discreet mode never showed its own title: the preview's title stands in.
    const og = (name: string) => document.querySelector<HTMLMetaElement>(`meta[property="og:${name}"]`)?.content ?? '';
    document.title = shownTitle ?? [og('title'), og('site_name')].filter((part, i, all) => i === 0 || part !== all[0]).join(' · ');
    if (icon) icon.href = icon.href.replace(/notes\.svg$/, 'favicon.svg');
  }
}
