#!/usr/bin/env node
// A tiny static server for a built site, with gzip, for benchmarks and local checks.
// No dependencies: node:http, node:fs and node:zlib.
// Usage: node scripts/serve.mjs [folder] [port]   (defaults: dist/ and $PORT or 4321; port 0 picks a free one)
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Content type by file extension; anything else is served as application/octet-stream. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  // Pagefind's index: binary files it gzips itself when it writes them.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Types worth compressing: text and the uncompressed binary WebAssembly (Pagefind's files come compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

/** Whether the request's Accept-Encoding allows gzip (present and not `q=0`). */
function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Serves the files of `root` on `host`:`port` (0 picks a free port). Directory URLs
 * ending in `/` serve their `index.html`; a directory URL without the slash redirects
 * to it; anything else missing gets `404.html` with status 404. Text responses are
 * gzipped (level 9, as `npm run size` measures) when the request accepts gzip.
 * Never serves a file outside `root`, symbolic links included. With `base`
 * (a build made for a base path, such as `/guide-site/`), `root` is served
 * under that path and everything else is not found.
 * @param {{ root?: string, port?: number, host?: string, base?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} `url` ends with `/` (and includes `base`).
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', base = '/' } = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rootDir = await realpath(resolve(root));
  /** Compressed bodies, by file path and modification time. */
  const gzipped = new Map();

  /** The real path of `file` when it is a file inside root, else undefined. */
  async function inside(file) {
    try {
      const real = await realpath(file);
      if (real !== rootDir && !real.startsWith(rootDir + sep)) return undefined;
      return { path: real, stats: await stat(real) };
    } catch {
      return undefined;
    }
  }

  async function send(req, res, status, found, extraHeaders = {}) {
    const type = TYPES[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
    let body = await readFile(found.path);
    const headers = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      // Hashed build assets never change; everything else is revalidated.
      'Cache-Control': found.path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...extraHeaders,
    };
    if (COMPRESSIBLE.test(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        const key = `${found.path}:${found.stats.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = undefined; // Malformed percent-encoding: treat as not found.
    }
    if (pathname !== undefined) pathname = pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : undefined;
    if (pathname !== undefined && !pathname.includes('\0')) {
      // join() normalises `..` segments; inside() then rejects anything that still escapes root.
      const target = join(rootDir, pathname);
      const found = await inside(target);
      if (found?.stats.isFile() && !pathname.endsWith('/')) return send(req, res, 200, found);
      if (found?.stats.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        const index = await inside(join(found.path, 'index.html'));
        if (index?.stats.isFile()) return send(req, res, 200, index);
      }
    }
    const notFound = await inside(join(rootDir, '404.html'));
    if (notFound?.stats.isFile()) return send(req, res, 404, notFound);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error.message}\n`);
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const portArg = args.find((a) => /^\d+$/.test(a));
  const root = args.find((a) => a !== portArg) ?? 'dist';
  const port = Number(portArg ?? process.env.PORT ?? 4321);
  try {
    const { url, close } = await startServer({ root, port });
    console.log(`Serving ${root}/ at ${url} (gzip on). Ctrl+C to stop.`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(
      `Cannot serve ${root}/ on port ${port}: ${error.code === 'ENOENT' ? 'no such folder (run `npm run build` first)' : error.message}`,
    );
    process.exit(1);
  }
}

// Run as a CLI only when executed directly, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
