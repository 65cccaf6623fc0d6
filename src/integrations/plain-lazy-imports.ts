import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite wraps every lazy `import()` in a preload helper (0.9 KB gzip) that
 * fetches the imported chunk's dependencies in parallel. The widget loaders
 * (each widget block's `<script>` chunk, see src/widgets/shared/mount.ts) are
 * and the site-wide script (which loads the "I want to text them" flow on first
 * use, see src/client/urge-opener.ts) and the passcode lock's guard (which
 * loads the unlock screen on a click, see src/widgets/shared/lock-guard.ts) are the
 * only things on a page that need it, and it pushed chapters past their 5 KB budget; the browser follows the chunks' static imports
 * anyway. For those chunks only, this turns
 * `helper(() => import(x), deps)` back into `import(x)` and drops the helper.
 * A chunk whose code does not have exactly that shape is left as it was.
 */
export function plainLazyImports(chunkPattern = /(?:Block|BaseLayout)\.astro_astro_type_script|^_astro\/(?:lock-guard|mount)\./): Plugin {
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
  const calls = new RegExp(`(?<![\\w$.])${name}\\(\\(\\)=>import\\(`, 'g');
  const count = (out.match(calls) ?? []).length;
  out = out.replace(calls, '(import(');
  const ends = out.match(/,(?:__vite__mapDeps\(\[[\d,]*\]\)|\[\]|void 0)\)/g) ?? [];
  if (count === 0 || ends.length !== count) return undefined;
  out = out.replace(/,(?:__vite__mapDeps\(\[[\d,]*\]\)|\[\]|void 0)\)/g, ')');
  // Anything left that still uses the helper or the deps map: give up, keep the original.
  if (new RegExp(`(?<![\\w$.])${name}\\(`).test(out) || out.includes('__vite__mapDeps')) return undefined;
  return out;
}
