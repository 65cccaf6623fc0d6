import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite wraps every lazy `import()` in a preload helper (0.9 KB gzip) that
 * fetches the imported chunk's dependencies in parallel. The widget loaders
 * (each widget block's `<script>` chunk, see src/widgets/shared/mount.ts) are
 * and the site-wide script (which loads the "I want to text them" flow on first
 * use, see src/client/urge-opener.ts), the passcode lock's guard (which
 * loads the unlock screen on a click, see src/widgets/shared/lock-guard.ts) and the
 * tracker (which loads the calendar file's writer on the first download) and
 * Today (which loads its chart as it scrolls near) are the
 * only things on a page that need it, and it pushed chapters past their 5 KB budget; the browser follows the chunks' static imports
 * anyway. For those chunks only, this turns
 * `helper(() => import(x), deps)` back into `import(x)` and drops the helper.
 * A chunk whose code does not have exactly that shape is left as it was.
 */
export function plainLazyImports(
  chunkPattern = /(?:Block|BaseLayout)\.astro_astro_type_script|^_astro\/(?:lock-guard|mount|offline)\.|(?:^|\/)(?:Tracker|Today)\.[\w-]+\.js$/,
): Plugin {
  return {
    name: 'plain-lazy-imports',
    apply: 'build',
    enforce: 'post',
    // On the files as written: Vite fills in the preload dependencies at the
    // very end of the bundle step, after any plugin could change the chunk.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunkPattern.test(chunk.fileName) || !options.dir) continue;
        const file = join(options.dir, chunk.fileName);
        const rewritten = unwrapPreloads(readFileSync(file, 'utf8'));
        if (rewritten !== undefined) writeFileSync(file, rewritten);
      }
    },
  };
}

/** The code with preload-wrapped lazy imports made plain, or undefined when its shape is not the expected one. */
export function unwrapPreloads(code: string): string | undefined {
  const helperImport = /import\{t(?: as (\w+))?\}from"\.\/preload-helper\.[\w-]+\.js";/.exec(code);
  if (!helperImport) return undefined;
  const name = helperImport[1] ?? 't';
  let out = code.replace(helperImport[0], '');
  out = out.replace(/^const __vite__mapDeps=.*?=>i\.map\(i=>d\[i\]\);\n?/, '');
  const start = new RegExp(`(?<![\\w$.])${name}\\(\\(\\)=>import\\(`, 'g');
  let result = '';
  let from = 0;
  let count = 0;
  for (let match = start.exec(out); match; match = start.exec(out)) {
    // The helper's call: name(() => import(…)…, deps). Keep the body of its first argument, in parentheses.
    const open = match.index + name.length;
    const close = matchingParen(out, open);
    const lastComma = close === undefined ? -1 : topLevelComma(out, open, close);
    if (close === undefined || lastComma < 0) return undefined;
    if (!/^(?:__vite__mapDeps\(\[[\d,]*\]\)|\[\]|void 0)$/.test(out.slice(lastComma + 1, close))) return undefined;
    result += `${out.slice(from, match.index)}(${out.slice(open + 1 + '()=>'.length, lastComma)})`;
    from = close + 1;
    start.lastIndex = from;
    count++;
  }
  out = result + out.slice(from);
  // Anything left that still uses the deps map or calls the helper: give up, keep the original. A call
  // of the helper's name is the helper's unless the minifier reused the name for a local function
  // (`function k(e){…}` inside a component, which shadows the import there).
  const calls = new RegExp(`(?<![\\w$.])${name}\\(`).test(out);
  const local = new RegExp(`(?<![\\w$.])function ${name}\\(|(?:let|const|var|,)${name}=`).test(out);
  if (count === 0 || (calls && !local) || out.includes('__vite__mapDeps')) return undefined;
  return out;
}

/** The index of the parenthesis closing the one at `open`, skipping strings; undefined when there is none. */
function matchingParen(code: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      i = code.indexOf(c, i + 1);
      if (i < 0) return undefined;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? i : undefined;
    }
  }
  return undefined;
}

/** The index of the last comma directly inside the parentheses at `open`…`close`, or -1. */
function topLevelComma(code: string, open: number, close: number): number {
  let depth = 0;
  let last = -1;
  for (let i = open + 1; i < close; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') i = code.indexOf(c, i + 1);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) last = i;
  }
  return last;
}
