import { describe, expect, it } from 'vitest';
import { cachingRules, headersFile, MAX_HEADERS_LINE, routeFor } from './security-headers';

describe('routeFor', () => {
  it.each([
    ['index.html', '/', '/'],
    ['guide/absence/index.html', '/', '/guide/absence/'],
    ['404.html', '/', '/404.html'],
    ['guide/absence/index.html', '/guide-site/', '/guide-site/guide/absence/'],
    ['index.html', '/guide-site', '/guide-site/'],
  ])('serves %s under %s at %s', (file, base, route) => {
    expect(routeFor(file, base)).toBe(route);
  });
});

describe('headersFile', () => {
  it('gives every path the security headers and each page its own CSP, with frame-ancestors', () => {
    const text = headersFile([
      { route: '/help/', csp: "default-src 'none'; script-src 'self' 'sha256-b'" },
      { route: '/', csp: "default-src 'none'; script-src 'self' 'sha256-a'" },
    ]);
    const blocks = text.trim().split('\n\n');
    expect(blocks[0]).toMatch(/^\/\*\n {2}Strict-Transport-Security: /);
    expect(blocks[0]).not.toContain('Content-Security-Policy');
    expect(blocks[1]).toBe("/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-a'; frame-ancestors 'none'");
    expect(blocks[2]).toBe("/help/\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-b'; frame-ancestors 'none'");
  });

  it('tells hosts to check the service worker on every visit and keep hashed files for good, under the base path', () => {
    const text = headersFile([{ route: '/guide-site/', csp: "default-src 'none';" }], cachingRules('/guide-site/'));
    const blocks = text.trim().split('\n\n');
    expect(blocks[1]).toBe('/guide-site/sw.js\n  Cache-Control: no-cache');
    expect(blocks[2]).toBe('/guide-site/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    // A policy that ends in ';' (Astro's do) gets no empty directive before frame-ancestors.
    expect(blocks[3]).toBe("/guide-site/\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'");
    expect(headersFile([{ route: '/', csp: "default-src 'none'" }])).not.toContain('Cache-Control');
  });

  it('refuses a line Cloudflare Pages would ignore (defect 8)', () => {
    const csp = `script-src ${"'sha256-x' ".repeat(200)}`;
    expect(() => headersFile([{ route: '/', csp }])).toThrow(/Cloudflare Pages reads at most 1999/);
    expect(MAX_HEADERS_LINE).toBeLessThan(2000);
  });
});
