import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The project's `test`: every test fails on an uncaught page error or a
 * console error, so a broken script never passes silently.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; pageErrors: string[] }>({
  /**
   * Pages start their scripts after the first paint, so `load` can come
   * first: goto, reload, goBack and goForward also wait for `data-ready`
   * (set by the site script, which runs last), as a reader's first tap does
   * in practice. Pages without the head script (no `data-js`: JavaScript off,
   * a file, another site) do not wait, nor does a call that names its own
   * `waitUntil` (a test that breaks the scripts on purpose).
   */
  page: async ({ page }, use) => {
    const settled = async <T>(navigation: Promise<T>, options?: { waitUntil?: unknown }): Promise<T> => {
      const response = await navigation;
      if (options?.waitUntil) return response;
      await page.waitForFunction(() => {
        const { dataset } = document.documentElement;
        return !('js' in dataset) || 'ready' in dataset;
      });
      return response;
    };
    const { goto, reload, goBack, goForward } = page;
    page.goto = (...args) => settled(goto.apply(page, args), args[1]);
    page.reload = (...args) => settled(reload.apply(page, args), args[0]);
    page.goBack = (...args) => settled(goBack.apply(page, args), args[0]);
    page.goForward = (...args) => settled(goForward.apply(page, args), args[0]);
    await use(page);
  },
  /** Console errors a test expects (a 404 page logs its own status); everything else fails it. */
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()} (${message.location().url})`;
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console.error: ${text}`);
      });
      await use(errors);
      expect(errors, 'uncaught errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A chapter as its source file declares it. */
export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  /** The part of the guide it is in: 1 or 2. */
  part: number;
}

/**
 * Every chapter in guide order, read from `content/chapters/*.mdx`, so the
 * tests follow the content rather than a copy of it.
 */
export const CHAPTERS: ChapterInfo[] = readdirSync('content/chapters')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(`content/chapters/${file}`, 'utf8');
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(source)?.[1] ?? '';
    const order = Number(/^order:\s*(\d+)/m.exec(source)?.[1]);
    const part = Number(/^part:\s*(\d+)/m.exec(source)?.[1]);
    return { slug: file.replace(/\.mdx$/, ''), title, order, part };
  })
  .sort((a, b) => a.order - b.order);

/** Relative URL of a chapter page (resolved against the configured base URL). */
export const chapterUrl = (slug: string) => `guide/${slug}/`;

/** Every page of the site, the not-found page last, read from the content so the list follows it. */
export const SITE_PAGES: string[] = [
  './',
  ...CHAPTERS.map((c) => chapterUrl(c.slug)),
  'guide/all/',
  'help/',
  'about/',
  'research/',
  'no-contact/',
  'today/',
  'your-data/',
  ...readdirSync('content/quizzes')
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => `quiz/${file.replace(/\.yaml$/, '')}/`),
  'no-such-page/',
];

/** The console error Chromium logs for a page served with status 404, for `allowedConsoleErrors`. */
export const NOT_FOUND_LOG = /status of 404 \(Not Found\) \(.*\/no-such-page\/\)$/;

/** The bottom edge of the sticky site header, in CSS pixels from the viewport top. */
export async function headerBottom(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  return box ? box.y + box.height : 0;
}

/**
 * Opens the tracker page and scrolls to the unsent-message pad, as a reader does: the pad's
 * code loads only as it comes near the screen, and its buttons wait for it.
 */
export async function openPad(page: Page): Promise<void> {
  await page.goto('no-contact/');
  await page.locator('[data-island="pad"]').scrollIntoViewIfNeeded();
}
