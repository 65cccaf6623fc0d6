#!/usr/bin/env node
// Reports the bytes (gzip) of HTML, CSS and JavaScript each page of the
// production build loads on first visit, following module imports.
// Usage: npm run size [-- --json] (after npm run build)
// Importing it (tests/build/budgets.test.ts) only defines `measurePage`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { deferredScripts } from '../src/lib/first-paint.ts';

const DIST = 'dist';
const BASE = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Maps a URL path on the site to a file in `dist` (a build made for base path `base`). */
function fileForIn(urlPath, dist = DIST, base = BASE) {
  let path = urlPath.split(/[?#]/)[0];
  if (path.startsWith(base)) path = path.slice(base.length - 1);
  return join(dist, decodeURIComponent(path));
}

/** Whether a `<script>` tag's attributes make it run (no `type`, a JavaScript type, or `module`), unlike JSON data blocks. */
function isExecutable(attrs) {
  const type = /\stype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return !type || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

/** Static imports of an ES module, and its dynamic `import()`s too when `lazy` is true, resolved to site paths. */
function imports(source, fromUrl, lazy) {
  const found = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  const patterns = lazy ? [pattern, /(?<![\w$.])import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g] : [pattern];
  for (const p of patterns) {
    for (const match of source.matchAll(p)) found.push(posix.resolve(posix.dirname(fromUrl), match[1]));
  }
  return found;
}

/**
 * Measures one HTML page: the page itself plus its CSS and JS (transitively), in
 * bytes after gzip -9, each file compressed on its own. `js` counts external scripts
 * plus inline executable `<script>` bodies (JSON blocks excluded), `css` external
 * stylesheets plus inline `<style>` bodies; `total` is what first load transfers,
 * HTML + external CSS + external JS (inline scripts and styles travel inside the
 * HTML, so they are not counted twice). `dir` is the build folder and `base` the
 * base path it was built for (defaults: dist/ and $BASE_PATH or "/").
 */
export function measurePage(htmlFile, { dir = DIST, base = BASE } = {}) {
  const fileFor = (url) => fileForIn(url, dir, base);
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = new Set();
  const js = new Set();
  for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]);
  for (const m of text.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)) js.add(m[1]);
  // The module scripts the head script loads after the first paint.
  for (const src of deferredScripts(text)) js.add(src);
  for (const m of text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) js.add(m[1]);
  // Lazy chunks that load on a first visit count too. A widget hydrated on load
  // (src/widgets/shared/Island.astro) fetches its lazy chunks at once, so on
  // such a page the loaders' dynamic imports count: those in the page's scripts
  // and what they import statically (the widget, Preact, the lock's guard).
  // Every page's own script (src/client/site.ts): its dynamic imports count on
  // every page, except the chunks that wait for the reader or an event: the
  // "I want to text them" flow (src/client/urge-opener.ts), the lock's unlock
  // screen (src/widgets/shared/lock-guard.ts), the update notice and the
  // install offer (src/client/offline.ts). What a chunk fetched lazily imports
  // lazily in turn waits for the reader (the calendar file's writer on a click,
  // Today's chart as it scrolls near, the update notice when there is one)
  // and does not count. e2e/budgets.spec.ts checks in Chromium that nothing a
  // first visit loads is missing from this list.
  const eager = /\sdata-island="[^"]+"\s+data-hydrate="load"/.test(text);
  const siteScript = /\/BaseLayout\.astro_astro_type_script_[^/]*\.js$/;
  const onDemand = /\/(?:urge|unlock|update-notice|install)\.[\w-]+\.js$/;
  /** Chunks reached through a dynamic import: theirs are not followed. */
  const lazy = new Set();
  const queue = [...js];
  while (queue.length) {
    const url = queue.shift();
    const file = fileFor(url);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    const followLazy = !lazy.has(url) && (eager || siteScript.test(url));
    const statics = new Set(imports(source, url, false));
    for (const dep of followLazy ? imports(source, url, true) : statics) {
      if (js.has(dep) || onDemand.test(dep)) continue;
      js.add(dep);
      queue.push(dep);
      if (lazy.has(url) || !statics.has(dep)) lazy.add(dep);
    }
  }
  const sum = (urls) => [...urls].reduce((n, u) => (existsSync(fileFor(u)) ? n + gz(readFileSync(fileFor(u))) : n), 0);
  const inlineScripts = [...text.matchAll(/<script\b((?![^>]*\bsrc=)[^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => isExecutable(m[1]) && m[2].trim())
    .map((m) => m[2])
    .join('\n');
  const inlineStyles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const htmlBytes = gz(html);
  const cssBytes = sum(css);
  const inlineCss = inlineStyles.trim() ? gz(inlineStyles) : 0;
  const externalJs = sum(js);
  const inlineJs = inlineScripts ? gz(inlineScripts) : 0;
  return {
    html: htmlBytes,
    css: cssBytes + inlineCss,
    inlineCss,
    js: externalJs + inlineJs,
    inlineJs,
    requests: 1 + css.size + js.size,
    /** The CSS and JS files counted, as site paths. */
    files: [...css, ...js],
    total: htmlBytes + cssBytes + externalJs,
  };
}

/** Every HTML file under `dir`, as full paths. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

function main() {
  if (!existsSync(DIST)) {
    console.error('No dist/ folder: run `npm run build` first.');
    process.exit(1);
  }
  const rows = htmlFiles(DIST)
    .sort()
    .map((file) => ({
      page:
        '/' +
        relative(DIST, file)
          .replace(/index\.html$/, '')
          .replaceAll('\\', '/'),
      ...measurePage(file),
    }));

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const kb = (n) => (n / 1024).toFixed(1).padStart(6);
    console.log(
      'page'.padEnd(36),
      'requests',
      '  HTML KB',
      '  CSS KB',
      '   JS KB',
      ' total KB  (gzip; CSS and JS include inline styles and scripts, total counts them once, in HTML)',
    );
    for (const r of rows) {
      console.log(
        r.page.padEnd(36),
        String(r.requests).padStart(8),
        kb(r.html).padStart(9),
        kb(r.css).padStart(8),
        kb(r.js).padStart(8),
        kb(r.total).padStart(9),
      );
    }
  }
}

// Run as a CLI only when executed directly, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
