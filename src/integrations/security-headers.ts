import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER } from '../lib/service-worker-file';
import { htmlFiles } from './html-files';

/** Headers for every response on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
const HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
};

/** Directives a <meta> CSP cannot carry, added to the header version. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** Cloudflare Pages ignores a `_headers` line of 2,000 characters or more. */
export const MAX_HEADERS_LINE = 1999;

/**
 * The URL path a built HTML file is served at, under `base`:
 * `guide/absence/index.html` → `/guide/absence/`, `404.html` → `/404.html`.
 */
export function routeFor(file: string, base: string): string {
  const path = file.split(sep).join('/');
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** How long browsers may keep files, by path under the base path: the worker is checked on every visit; hashed build files never change. */
export function cachingRules(base: string): [path: string, cacheControl: string][] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [
    [`${prefix}${SERVICE_WORKER}`, 'no-cache'],
    [`${prefix}_astro/*`, 'public, max-age=31536000, immutable'],
  ];
}

/**
 * The text of `_headers`: the security headers for every path, the
 * `Cache-Control` of each path in `caching` (see {@link cachingRules}), then
 * one block per page with that page's own CSP (the one its <meta> carries,
 * plus what only a header can say). Per page, not merged: each policy lists
 * only its own page's hashes, so every line stays short as the site grows.
 * @throws Error when a line would be too long for Cloudflare Pages.
 */
export function headersFile(
  pages: readonly { route: string; csp: string }[],
  caching: readonly (readonly [string, string])[] = [],
): string {
  const lines = ['/*', ...Object.entries(HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const [path, value] of caching) lines.push('', path, `  Cache-Control: ${value}`);
  for (const { route, csp } of [...pages].sort((a, b) => a.route.localeCompare(b.route))) {
    lines.push('', route, `  Content-Security-Policy: ${[csp.replace(/[;\s]+$/, ''), ...HEADER_ONLY].join('; ')}`);
  }
  const long = lines.find((line) => line.length > MAX_HEADERS_LINE);
  if (long)
    throw new Error(
      `A _headers line has ${long.length} characters; Cloudflare Pages reads at most ${MAX_HEADERS_LINE}: ${long.slice(0, 80)}…`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `<outDir>/_headers`: the security headers, each page's CSP (with
 * frame-ancestors) on its own route, and the caching rules.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).flatMap((file) => {
          const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
          const csp = match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
          return csp ? [{ route: routeFor(relative(root, file), base), csp }] : [];
        });
        if (pages.length === 0) throw new Error('No page carries a CSP <meta>: is security.csp on?');
        writeFileSync(join(root, '_headers'), headersFile(pages, cachingRules(base)));
        logger.info(`_headers written (${pages.length} pages, each with its own CSP)`);
      },
    },
  };
}
