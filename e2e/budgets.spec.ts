import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../scripts/size.mjs';
import { expect, test } from './fixtures';

// The byte budgets (budgets.json, checked by tests/build/budgets.test.ts) are
// worked out from the build by scripts/size.mjs, which follows each page's
// scripts and decides which lazy chunks a first visit loads. This holds it to
// what Chromium really does: every script a first visit loads, without a
// click or a scroll, is one it counted.

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { pages: Record<string, unknown> };
const base = process.env['BASE_PATH'] || '/';
const root = base.endsWith('/') ? base : `${base}/`;
// One page of each kind, and a chapter with a self-check in it.
const paths = [...Object.keys(budgets.pages), '/guide/acceptance/'];

for (const path of paths) {
  test(`${path}: every script a first visit loads is counted by npm run size`, async ({ page }) => {
    const loaded = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.add(new URL(request.url()).pathname);
    });
    await page.goto(path.slice(1));
    await page.waitForLoadState('networkidle');
    const { files } = measurePage(join('dist', path, 'index.html'), { dir: 'dist', base: root });
    expect(loaded.size, 'the page loaded no script at all').toBeGreaterThan(0);
    expect([...loaded].filter((url) => !files.includes(url))).toEqual([]);
  });
}
