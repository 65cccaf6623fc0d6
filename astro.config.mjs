// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { firstPaint } from './src/integrations/first-paint.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { plainLazyImports } from './src/integrations/plain-lazy-imports.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { DEFAULT_SITE, siteUrlCheck } from './src/integrations/site-url.ts';
import { cspHash } from './src/lib/first-paint.ts';
import { siteHeadScript } from './src/lib/head-script.ts';

/**
 * Public origin and base path. Both come from the environment so the same
 * source deploys to any host: SITE_URL (default http://localhost:4321; a
 * build without it warns) and BASE_PATH (default "/").
 */
const site = process.env.SITE_URL || DEFAULT_SITE;
const base = process.env.BASE_PATH || '/';
/** Where quick exit goes: QUICK_EXIT_URL (an https:// address), or a neutral default (src/lib/quick-exit.ts). */
const quickExit = process.env.QUICK_EXIT_URL;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every stylesheet inline (and hashed into the CSP): the text paints with the HTML,
  // with no render-blocking request before it. Chapter first paint, Lighthouse mobile:
  // LCP 1,226 → 874 ms.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(404|start)\/?$/.test(page) }),
    pagefindIndex(),
    // Before the two that read the built pages.
    firstPaint(),
    securityHeaders(),
    siteUrlCheck(),
    // Last: its precache list is made from every file the build wrote.
    serviceWorker(),
  ],
  security: {
    // A CSP <meta> on every page: bundled scripts and styles by hash or 'self',
    // the one inline script by hash, nothing from other origins. Pagefind
    // compiles WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
    // The offline worker (sw.js) is the only worker, from this origin.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (cspHash(siteHeadScript(base, quickExit)).slice(1, -1))],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [plainLazyImports()],
    build: {
      rollupOptions: {
        output: {
          // A few stable shared chunks instead of one per combination of pages:
          // every page loads 'core'; widget pages add 'preact' (and 'plan').
          manualChunks(id) {
            if (/node_modules\/preact\//.test(id) || /src\/widgets\/shared\/(use-store|hydrate)\./.test(id)) return 'preact';
            // Derived stores and mount hooks only on the pages whose widgets use them.
            if (/node_modules\/nanostores\/(computed|lifecycle)\//.test(id)) return 'derived';
            if (/node_modules\/(nanostores|@nanostores)\//.test(id)) return 'core';
            if (/src\/(stores\/(engine|stored|theme|reading)|lib\/(safe-storage|read-progress|stored-json|stored-item|theme))\./.test(id))
              return 'core';
            // Every page's script uses it (the end of a chapter), and every widget's loader uses both:
            // mountIslands costs less here than as a file of its own.
            if (/src\/widgets\/shared\/(visible|mount)\./.test(id)) return 'core';
            if (/src\/(stores\/(today|no-contact-plan)|lib\/(calendar-date|no-contact-plan))\./.test(id)) return 'plan';
            // The self-checks' answers and results: quiz pages, the home page's latest result, your data.
            if (/src\/lib\/quiz-(progress|history)\./.test(id)) return 'quiz';
            return undefined;
          },
        },
      },
    },
  },
});
