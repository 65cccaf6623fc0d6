import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';

// A page paints its text from the HTML alone: its scripts start once the first
// contentful paint is on screen (src/lib/head-script.ts).

/** Records, from the start of every page, when the site script marked the page ready. */
async function timeReady(page: Page) {
  await page.addInitScript(() => {
    // The document, not <html>: this runs before <html> exists.
    new MutationObserver(() => {
      if (document.documentElement.dataset['ready'] !== undefined) (window as { readyAt?: number }).readyAt ??= performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
}

/** The page's first contentful paint, when the site script ran, and when each of its scripts was requested (ms). */
async function timings(page: Page) {
  return page.evaluate(async () => {
    const fcp = await new Promise<number>((resolve) =>
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true }),
    );
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => /\/_astro\/[^/]+\.js$/.test(r.name))
      .map((r) => r.startTime);
    return { fcp, readyAt: (window as { readyAt?: number }).readyAt, scripts };
  });
}

for (const path of ['./', chapterUrl(CHAPTERS[0]!.slug), 'quiz/acceptance/']) {
  test(`${path}: a first visit requests no script before the first contentful paint`, async ({ page }) => {
    await timeReady(page);
    await page.goto(path);
    const { fcp, readyAt, scripts } = await timings(page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const start of scripts) expect(start).toBeGreaterThanOrEqual(fcp);
    expect(readyAt).toBeGreaterThan(fcp);
    // The manifest is linked once the scripts start, so installing still works.
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  });
}

// A chapter starts small: what nobody sees yet (the share links, "All chapters" at the end) is kept
// as text and built when it is needed (src/components/Later.astro), as Lighthouse's DOM size counts.
test.describe('built when needed', () => {
  /** Elements in the page's body, as Lighthouse counts them. */
  const elements = (page: Page) => page.evaluate(() => document.body.querySelectorAll('*').length);

  test('every chapter has fewer than 250 elements once its scripts have run', async ({ page }) => {
    const counts: Record<string, number> = {};
    for (const chapter of CHAPTERS) {
      await page.goto(chapterUrl(chapter.slug));
      counts[chapter.slug] = await elements(page);
    }
    for (const [slug, count] of Object.entries(counts)) expect(count, slug).toBeLessThan(250);
  });

  test('"All chapters" is built as the reader comes near it, with what they have read marked', async ({ page }) => {
    const chapter = CHAPTERS[1]!;
    const nav = page.getByRole('navigation', { name: 'All chapters' });
    // The first chapter read to its end: its own list marks it as it is built.
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    await page.getByRole('navigation', { name: 'Previous and next chapter' }).scrollIntoViewIfNeeded();
    await expect(nav.getByRole('listitem').first()).toContainText('Read');
    await page.goto(chapterUrl(chapter.slug));
    await expect(nav.getByRole('link')).toHaveCount(0);
    const before = await elements(page);
    await page.getByRole('navigation', { name: 'Previous and next chapter' }).scrollIntoViewIfNeeded();
    await expect(nav.getByRole('link')).toHaveCount(CHAPTERS.length);
    await expect(nav.getByRole('link', { name: chapter.title })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('listitem').first()).toContainText('Read');
    await expect(nav.getByRole('heading', { level: 3 })).toHaveCount(2);
    expect(await elements(page)).toBeGreaterThan(before + 30);
  });

  test.describe(() => {
    // The scripts refused below are logged as failed loads.
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('the share links are there the moment the panel opens, even before any script but the inline one', async ({ page }) => {
      // The site's scripts never arrive: the inline head script alone builds the panel.
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(chapterUrl(CHAPTERS[0]!.slug), { waitUntil: 'load' });
      const panel = page.getByRole('group', { name: 'Share this chapter' });
      await expect(panel.getByRole('link')).toHaveCount(0);
      await page.getByRole('button', { name: 'Share this chapter' }).click();
      await expect(panel.getByRole('link')).toHaveText(['Email', 'Messages', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'Reddit']);
      // Built once: closing and opening again adds nothing.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Share this chapter' }).click();
      await expect(panel.getByRole('link')).toHaveCount(7);
    });
  });
});
