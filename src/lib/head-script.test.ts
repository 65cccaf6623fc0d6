import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DISCREET, DISCREET_TITLE } from './discreet';
import { cspHash } from './first-paint';
import { headScript, SCRIPTS_FALLBACK_MS, siteHeadScript } from './head-script';
import { DEFAULT_QUICK_EXIT_URL } from './quick-exit';
import { THEME } from './theme';

const options = {
  themeKey: 'atb:v1:theme',
  discreetKey: 'atb:v1:discreet',
  discreetIcon: '/notes.svg',
  exitUrl: 'https://example.org/',
  manifest: '/manifest.webmanifest',
};

describe('headScript', () => {
  it('reads the given keys, sets the neutral title and icon, and never throws on storage', () => {
    const source = headScript(options);
    expect(source).toContain('"atb:v1:theme"');
    expect(source).toContain('"atb:v1:discreet"');
    expect(source).toContain(`d.title=${JSON.stringify(DISCREET_TITLE)}`);
    expect(source).toContain('"/notes.svg"');
    expect(source).toMatch(/^var d=document,h=d\.documentElement,n=0,l=0,o,.*;h\.dataset\.js='';try\{/);
  });

  it('replaces the page with the exit address, so Back does not return', () => {
    expect(headScript(options)).toContain(`location.replace("https://example.org/")`);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(headScript(options))).not.toThrow();
  });

  it('hashes the exact source for the CSP', () => {
    const source = headScript(options);
    expect(cspHash(source)).toBe(`'sha256-${createHash('sha256').update(source).digest('base64')}'`);
    expect(cspHash(`${source} `)).not.toBe(cspHash(source));
  });
});

describe('siteHeadScript', () => {
  it('uses the declared keys, the base path and the neutral default exit', () => {
    const source = siteHeadScript('/guide-site', undefined);
    expect(source).toBe(
      headScript({
        themeKey: THEME.key,
        discreetKey: DISCREET.key,
        discreetIcon: '/guide-site/notes.svg',
        exitUrl: DEFAULT_QUICK_EXIT_URL,
        manifest: '/guide-site/manifest.webmanifest',
      }),
    );
    expect(siteHeadScript('/guide-site/', undefined)).toBe(source);
  });

  it('takes the exit address from the setting', () => {
    expect(siteHeadScript('/', 'https://duckduckgo.com/')).toContain('location.replace("https://duckduckgo.com/")');
  });
});

describe('headScript: starting the page scripts', () => {
  /** Runs the head script against a stand-in page whose <html> lists `scripts`. */
  function run(scripts: string | undefined) {
    const appended: Record<string, unknown>[] = [];
    const dataset: Record<string, string> = scripts === undefined ? {} : { scripts };
    const observers: { callback: (entries: unknown) => void; options: unknown }[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const listeners: { type: string; listener: (event: unknown) => void; capture: unknown }[] = [];
    const document = {
      documentElement: { dataset },
      head: { append: (element: Record<string, unknown>) => appended.push(element) },
      createElement: (tag: string) => ({ tag }),
      querySelector: () => null,
    };
    class PerformanceObserver {
      constructor(private callback: (entries: unknown) => void) {}
      observe(options: unknown) {
        observers.push({ callback: this.callback, options });
      }
    }
    const global = globalThis as unknown as { onload?: () => void };
    const addEventListener = (type: string, listener: (event: unknown) => void, capture: unknown) =>
      listeners.push({ type, listener, capture });
    new Function('document', 'localStorage', 'location', 'setTimeout', 'PerformanceObserver', 'addEventListener', headScript(options))(
      document,
      { getItem: () => null },
      { replace: () => {} },
      (fn: () => void, ms: number) => timers.push({ fn, ms }),
      PerformanceObserver,
      addEventListener,
    );
    // The script sets window.onload; here that is the global object's.
    const onload = global.onload!;
    delete global.onload;
    return { appended, observers, onload, timers, listeners };
  }
  /** A paint observer's entry list holding one entry called `name`. */
  const paint = (name: string) => ({ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) });

  it('adds nothing before the first paint, then the scripts in order and the manifest, once', () => {
    const page = run('/_astro/a.js /_astro/b.js');
    expect(page.appended).toEqual([]);
    expect(page.observers).toHaveLength(1);
    expect(page.observers[0]!.options).toEqual({ type: 'paint' });
    // The first paint alone (the background) is not yet the text.
    page.observers[0]!.callback(paint('first-paint'));
    expect(page.appended).toEqual([]);
    page.observers[0]!.callback(paint('first-contentful-paint'));
    expect(page.appended).toEqual([
      { tag: 'script', type: 'module', async: false, src: '/_astro/a.js' },
      { tag: 'script', type: 'module', async: false, src: '/_astro/b.js' },
      { tag: 'link', rel: 'manifest', href: '/manifest.webmanifest' },
    ]);
    // A second paint entry, and the fallback after load, add nothing more.
    page.observers[0]!.callback(paint('first-contentful-paint'));
    page.onload();
    page.timers[0]!.fn();
    expect(page.appended).toHaveLength(3);
  });

  it(`starts them ${SCRIPTS_FALLBACK_MS} ms after load when no paint is reported`, () => {
    const page = run('/_astro/a.js');
    page.onload();
    expect(page.timers.map((t) => t.ms)).toEqual([SCRIPTS_FALLBACK_MS]);
    expect(page.appended).toEqual([]);
    page.timers[0]!.fn();
    expect(page.appended.map((e) => e['tag'])).toEqual(['script', 'link']);
  });

  it('adds just the manifest on a page without scripts', () => {
    const page = run(undefined);
    page.observers[0]!.callback(paint('first-contentful-paint'));
    expect(page.appended).toEqual([{ tag: 'link', rel: 'manifest', href: '/manifest.webmanifest' }]);
  });

  it("builds the text kept in a popover's <noscript> elements as the popover opens, before any other script", () => {
    const page = run(undefined);
    expect(page.listeners.map(({ type, capture }) => [type, capture])).toEqual([['beforetoggle', true]]);
    const holders = [
      { textContent: '<ul><li>Email</li></ul>', outerHTML: '<noscript>…</noscript>' },
      { textContent: '<p>More</p>', outerHTML: '<noscript>…</noscript>' },
    ];
    const asked: string[] = [];
    const popover = {
      querySelectorAll: (selector: string) => {
        asked.push(selector);
        return holders;
      },
    };
    page.listeners[0]!.listener({ target: popover });
    expect(asked).toEqual(['noscript']);
    expect(holders.map((h) => h.outerHTML)).toEqual(['<ul><li>Email</li></ul>', '<p>More</p>']);
  });

  it('never closes its own script element early', () => {
    expect(headScript(options)).not.toMatch(/<\/script/i);
  });
});
