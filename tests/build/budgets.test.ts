import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../scripts/size.mjs';
import { BUILDS, fileFor } from './dist';

/** One page's byte budgets in budgets.json, in KB of 1024 bytes after gzip. */
interface PageBudget {
  kind: string;
  transferKB?: number;
  jsKB?: number;
}

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { pages: Record<string, PageBudget> };
const build = BUILDS.find((b) => b.dir === 'dist')!;
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

// Bytes do not vary between runs, so these budgets hold in every test run; timings
// and Lighthouse scores do vary and are left to `npm run bench`.
describe('byte budgets (budgets.json) of the default build', () => {
  it('covers a page of each kind', () => {
    expect(Object.values(budgets.pages).map((b) => b.kind)).toEqual(expect.arrayContaining(['home', 'chapter', 'quiz', 'tracker']));
  });

  for (const [path, budget] of Object.entries(budgets.pages)) {
    it(`${path} (${budget.kind}) stays within ${[budget.transferKB && `${budget.transferKB} KB transferred`, budget.jsKB && `${budget.jsKB} KB of JS`].filter(Boolean).join(' and ')}`, () => {
      expect(existsSync(join(build.dir, 'index.html')), `run the build for ${build.dir} first`).toBe(true);
      const file = fileFor(build, path);
      expect(file, `${path} is not in ${build.dir}/`).toBeDefined();
      const size = measurePage(file, { dir: build.dir, base: build.base });
      const detail = `HTML ${kb(size.html)} (inline CSS ${kb(size.inlineCss)} and JS ${kb(size.inlineJs)} in it) + CSS files ${kb(size.css - size.inlineCss)} + JS files ${kb(size.js - size.inlineJs)} (gzip)`;
      // Guard against a measurement that silently finds nothing: every page has HTML and CSS (inline or in files).
      expect(size.html, path).toBeGreaterThan(0);
      expect(size.css, path).toBeGreaterThan(0);
      if (budget.transferKB !== undefined) {
        expect(size.total, `${path} transfers ${kb(size.total)}: ${detail}; budget ${budget.transferKB} KB`).toBeLessThanOrEqual(
          budget.transferKB * KB,
        );
      }
      if (budget.jsKB !== undefined) {
        expect(
          size.js,
          `${path} loads ${kb(size.js)} of JS (files ${kb(size.js - size.inlineJs)} + inline ${kb(size.inlineJs)}, gzip); budget ${budget.jsKB} KB`,
        ).toBeLessThanOrEqual(budget.jsKB * KB);
      }
    });
  }
});

// The bench measures one page of each kind; these hold the same byte budgets for
// every page of the kind, so a chapter with an embedded widget, or another quiz,
// cannot quietly grow past them.
describe('every page of a kind stays within its kind’s byte budget', () => {
  const byKind = (kind: string) => Object.values(budgets.pages).find((b) => b.kind === kind)!;
  const chapterFiles = readdirSync(join(build.dir, 'guide'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'all')
    .map((d) => `guide/${d.name}/index.html`);
  const quizFiles = readdirSync(join(build.dir, 'quiz'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `quiz/${d.name}/index.html`);

  it.each(chapterFiles)('%s stays within the chapter budget', (file) => {
    const budget = byKind('chapter');
    const size = measurePage(join(build.dir, file), { dir: build.dir, base: build.base });
    expect(size.total, `${file}: ${kb(size.total)} transferred`).toBeLessThanOrEqual(budget.transferKB! * KB);
    expect(size.js, `${file}: ${kb(size.js)} of JS`).toBeLessThanOrEqual(budget.jsKB! * KB);
  });

  it.each(quizFiles)('%s stays within the quiz budget', (file) => {
    const budget = byKind('quiz');
    const size = measurePage(join(build.dir, file), { dir: build.dir, base: build.base });
    expect(size.total, `${file}: ${kb(size.total)} transferred`).toBeLessThanOrEqual(budget.transferKB! * KB);
    expect(size.js, `${file}: ${kb(size.js)} of JS`).toBeLessThanOrEqual(budget.jsKB! * KB);
  });
});
