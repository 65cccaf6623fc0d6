import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER as SW_FILE } from '../lib/service-worker-file';

/**
 * What is precached: every page, script, style, icon and the manifest, so any
 * page opens offline after the first visit, even one never opened before, and
 * the day-by-day plan Today fetches (today/plan.json) and the self-checks'
 * data their chapters fetch (quiz/<id>/island.json).
 * Left out: the preview images (og/, only for link previews), the install
 * screenshots, Pagefind's index (cached as it is used, see `searchRoutes`),
 * and files only hosts and crawlers read.
 */
export const PRECACHE = {
  globPatterns: ['**/*.{html,js,css,svg,webmanifest,woff2}', 'icon-*.png', 'today/plan.json', 'quiz/*/island.json'],
  globIgnores: ['og/**', 'screenshots/**', 'pagefind/**', SW_FILE, '_headers', '_redirects'],
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runtime caching for search under `base`, so search works offline once it
 * has been used. Pagefind's own files (its scripts, WebAssembly, entry and
 * metadata) keep their names from build to build: from the network when
 * there is one, else from the cache. Its index and fragment files are named
 * by their content: from the cache once fetched. Pagefind adds `?ts=…` to
 * some requests to dodge HTTP caches, so lookups ignore the query.
 */
export function searchRoutes(base: string) {
  const root = `${escapeRegExp(base)}pagefind/`;
  const matchOptions = { ignoreSearch: true };
  return [
    {
      urlPattern: new RegExp(`${root}[^/]+$`),
      handler: 'NetworkFirst' as const,
      options: { cacheName: 'atb-search-files', networkTimeoutSeconds: 4, matchOptions, expiration: { maxEntries: 30 } },
    },
    {
      urlPattern: new RegExp(`${root}(?:index|fragment)/`),
      handler: 'CacheFirst' as const,
      options: { cacheName: 'atb-search-index', matchOptions, expiration: { maxEntries: 200 } },
    },
  ];
}

/**
 * Writes `<outDir>/sw.js` after every production build with workbox-build:
 * the precache list is made from the built files (each with a content
 * revision), never by hand. A new worker waits until the reader chooses to
 * reload (src/client/update-notice.ts posts SKIP_WAITING); once active it
 * removes the caches of earlier versions and takes over open pages.
 * Must run after the integrations that add files to the build.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: [...PRECACHE.globPatterns],
          globIgnores: [...PRECACHE.globIgnores],
          swDest: join(root, SW_FILE),
          // One file, no importScripts: the worker's own code is all 'self' and nothing is fetched from elsewhere.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cacheId: 'atb',
          // Files under _astro/ carry a content hash in their names.
          dontCacheBustURLsMatching: /^_astro\//,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          runtimeCaching: searchRoutes(base),
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SW_FILE} written: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
