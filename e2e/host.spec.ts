import { readdirSync, readFileSync } from 'node:fs';
import { expect, NOT_FOUND_LOG, test } from './fixtures';

// The 'host' project: the build as Cloudflare's own runtime serves it
// (`wrangler pages dev dist`, see playwright.config.ts), so `_headers`,
// redirects and the not-found page are checked as a real host applies them,
// not as a file.

/** The rules of dist/_headers: path pattern → header lines (name, value). */
const RULES: { pattern: string; headers: [string, string][] }[] = readFileSync('dist/_headers', 'utf8')
  .trim()
  .split('\n\n')
  .map((block) => {
    const [pattern, ...lines] = block.split('\n');
    return {
      pattern: pattern!,
      headers: lines.map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()] as [string, string];
      }),
    };
  });

/** Whether a `_headers` path pattern (exact, or ending in a `*` splat) matches `path`. */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

/** Every header `_headers` gives `path`. */
const expectedFor = (path: string) => RULES.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);

/** Every page of the build, as the URL path it is served at. */
const PAGES = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.slice(0, -'index.html'.length)}`)
  .sort();

/** One file of each kind the site serves besides pages. */
const ASSETS = [
  // A hashed script first (the styles are inline in every page, but for the update notice's own sheet).
  `/_astro/${readdirSync('dist/_astro').find((f) => f.endsWith('.js'))}`,
  '/offline.css',
  '/sw.js',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icon-maskable-512.png',
  '/search.js',
  '/pagefind/pagefind.js',
  '/sitemap-index.xml',
  '/robots.txt',
];

test.describe('the real host (Cloudflare Pages runtime)', () => {
  test('serves every page with every header _headers gives it, its own CSP included', async ({ request }) => {
    expect(PAGES.length).toBeGreaterThan(20);
    for (const path of PAGES) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
      const expected = expectedFor(path);
      expect(
        expected.map(([name]) => name),
        path,
      ).toContain('content-security-policy');
      for (const [name, value] of expected) expect(response.headers()[name], `${path} ${name}`).toBe(value);
      // The header policy is the page's own <meta> policy, plus what only a header can say.
      const html = await response.text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      expect(response.headers()['content-security-policy'], path).toBe(`${meta.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
      expect(response.headers()['content-security-policy']).toContain("worker-src 'self'");
    }
  });

  test('serves scripts, styles, icons and data with the security headers and the right caching', async ({ request }) => {
    for (const path of ASSETS) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const expected = expectedFor(path);
      expect(expected.length, path).toBeGreaterThan(5);
      for (const [name, value] of expected) expect(response.headers()[name], `${path} ${name}`).toBe(value);
      // A policy belongs to pages only.
      expect(response.headers()['content-security-policy'], path).toBeUndefined();
    }
    const hashed = await request.get(ASSETS[0]!);
    expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('serves the service worker as JavaScript that is never kept long', async ({ request }) => {
    const response = await request.get('/sw.js');
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['cache-control']).toBe('no-cache');
    // Not allowed to widen its own scope: it covers the site because it sits at its root.
    expect(response.headers()['service-worker-allowed']).toBeUndefined();
  });

  test.describe('in a browser', () => {
    test.use({ serviceWorkers: 'allow' });

    test('the worker controls the whole site', async ({ page }) => {
      await page.goto('/guide/absence/');
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(new URL('/', page.url()).href);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(new URL('/sw.js', page.url()).href);
    });
  });

  test.describe('not found', () => {
    test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

    test('a missing page gets the not-found page with status 404 and the security headers', async ({ request, page }) => {
      const response = await request.get('/no-such-page/');
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('This page isn’t here');
      for (const [name, value] of expectedFor('/*')) expect(response.headers()[name], name).toBe(value);
      const shown = await page.goto('/no-such-page/');
      expect(shown?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here');
    });
  });

  test('pages live at trailing-slash URLs: the other spellings redirect there', async ({ request }) => {
    for (const [from, to] of [
      ['/guide/absence', '/guide/absence/'],
      ['/today', '/today/'],
      ['/guide/absence/index.html', '/guide/absence/'],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect([301, 308], from).toContain(response.status());
      expect(new URL(response.headers()['location']!, 'http://x').pathname, from).toBe(to);
    }
    expect((await request.get('/guide/absence/', { maxRedirects: 0 })).status()).toBe(200);
  });
});
