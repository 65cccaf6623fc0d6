import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { SERVICE_WORKER as SW_FILE } from '../lib/service-worker-file';

/**
 * What is precached: every page, script, style, icon and the manifest, so any
 * page opens offline after the first visit, even one never opened before, and
 * the day-by-day plan Today fetches (today/plan.json) and the self-checks'
 * data their chapters fetch (quiz/<id>/island.json).
 * Left out: the preview images (og/, only for link previews), the install
 * screenshots, Pagefind's index (cached as it is used, see src/worker/sw.ts),
 * and files only hosts and crawlers read.
 */
export const PRECACHE = {
  globPatterns: ['**/*.{html,js,css,svg,webmanifest,woff2}', 'icon-*.png', 'today/plan.json', 'quiz/*/island.json'],
  globIgnores: ['og/**', 'screenshots/**', 'pagefind/**', SW_FILE, '_headers', '_redirects'],
} as const;

/**
 * Writes `<outDir>/sw.js` after every production build: the worker's code
 * (src/worker/sw.ts, Workbox's modules) bundled with esbuild, with the
 * precache list made from the built files (each with a content revision),
 * never by hand. A new worker waits until the reader chooses to reload; once
 * active it removes the caches of earlier versions and takes over open pages.
 * Must run after the integrations that add files to the build.
 *
 * Workbox's own `generateSW` writes the same worker, but bundles it with
 * Rollup and Terser on every build: 1.5 s here, which made the build slower
 * per page than before the worker existed; esbuild takes about 0.1 s.
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
        const { manifestEntries, count, size, warnings } = await getManifest({
          globDirectory: root,
          globPatterns: [...PRECACHE.globPatterns],
          globIgnores: [...PRECACHE.globIgnores],
          // Files under _astro/ carry a content hash in their names.
          dontCacheBustURLsMatching: /^_astro\//,
        });
        for (const warning of warnings) logger.warn(warning);
        const { outputFiles } = await build({
          entryPoints: [fileURLToPath(new URL('../worker/sw.ts', import.meta.url))],
          bundle: true,
          minify: true,
          write: false,
          // One file, no importScripts: the worker's own code is all 'self' and nothing is fetched from elsewhere.
          format: 'iife',
          target: 'es2020',
          legalComments: 'none',
          define: {
            // Workbox's development logging is dropped.
            'process.env.NODE_ENV': '"production"',
            __PRECACHE__: JSON.stringify(manifestEntries ?? []),
            __SEARCH_ROOT__: JSON.stringify(`${base}pagefind/`),
          },
        });
        writeFileSync(join(root, SW_FILE), outputFiles[0]!.text);
        logger.info(`${SW_FILE} written: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
