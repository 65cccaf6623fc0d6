import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DISCREET, DISCREET_TITLE } from './discreet';
import { cspHash, headScript, siteHeadScript } from './head-script';
import { DEFAULT_QUICK_EXIT_URL } from './quick-exit';
import { THEME } from './theme';

const options = { themeKey: 'atb:v1:theme', discreetKey: 'atb:v1:discreet', discreetIcon: '/notes.svg', exitUrl: 'https://example.org/' };

describe('headScript', () => {
  it('reads the given keys, sets the neutral title and icon, and never throws on storage', () => {
    const source = headScript(options);
    expect(source).toContain('"atb:v1:theme"');
    expect(source).toContain('"atb:v1:discreet"');
    expect(source).toContain(`d.title=${JSON.stringify(DISCREET_TITLE)}`);
    expect(source).toContain('"/notes.svg"');
    expect(source).toMatch(/^var d=document,h=d\.documentElement,n=0,l=0;h\.dataset\.js='';try\{/);
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
      }),
    );
    expect(siteHeadScript('/guide-site/', undefined)).toBe(source);
  });

  it('takes the exit address from the setting', () => {
    expect(siteHeadScript('/', 'https://duckduckgo.com/')).toContain('location.replace("https://duckduckgo.com/")');
  });
});
