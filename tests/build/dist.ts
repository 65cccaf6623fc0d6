import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A built site to check: its folder and the base path and origin it was built for. */
export interface Build {
  name: string;
  dir: string;
  base: string;
  site: string;
}

/** The builds `npm test` makes: the default one and one under a base path. */
export const BUILDS: Build[] = [
  { name: 'default build', dir: 'dist', base: '/', site: 'http://localhost:4321' },
  { name: 'base-path build', dir: 'dist-base', base: '/guide-site/', site: 'http://localhost:4321' },
];

/** Every HTML file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** The URL path a built HTML file is served at, with base: `guide/x/index.html` → `/base/guide/x/`. */
export function pagePath(build: Build, file: string): string {
  return build.base + file.replace(/index\.html$/, '');
}

/** The value of every `name` attribute on tags matching `tag` (a crude but adequate reader for our own HTML). */
export function attributes(html: string, tag: string, name: string): string[] {
  const values: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const attr = new RegExp(`\\s${name}="([^"]*)"`).exec(m[0]);
    if (attr) values.push(decode(attr[1]!));
  }
  return values;
}

/** The content of `<meta property|name="key">`. */
export function meta(html: string, key: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/g)) {
    const tag = m[0];
    if (new RegExp(`\\s(?:property|name)="${key.replace(/[:.]/g, '\\$&')}"`).test(tag)) {
      return decode(/\scontent="([^"]*)"/.exec(tag)?.[1] ?? '');
    }
  }
  return undefined;
}

/** Decodes the few entities Astro writes in attributes. */
export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every id in a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The file in `build.dir` that a root-relative URL path (with base) is served from, or undefined. */
export function fileFor(build: Build, urlPath: string): string | undefined {
  if (!urlPath.startsWith(build.base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(build.base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(build.dir, rest, 'index.html')] : [join(build.dir, rest)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Reads a built file as text. */
export function read(build: Build, file: string): string {
  return readFileSync(join(build.dir, file), 'utf8');
}

// Elements whose text is not prose: code, scripts, styles and form contents.
const NOT_PROSE = /<(script|style|code|pre|kbd|samp|textarea|template)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * The text nodes of a page, one string per node, entities decoded: what a
 * reader sees as prose. Comments, attribute values and the contents of
 * code, pre, kbd, samp, script, style, textarea and template are left out.
 */
export function proseTexts(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(NOT_PROSE, '')
    .split(/<[^>]*>/)
    .map((text) => decode(text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))).trim())
    .filter(Boolean);
}
