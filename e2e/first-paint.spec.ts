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
