import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under `dir` (a finished build), as full paths: what the build hooks that rewrite or read pages go through. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}
