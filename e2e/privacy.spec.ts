import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, NOT_FOUND_LOG, SITE_PAGES, test } from './fixtures';
import { answerByKeyboard, loadQuiz, plan, QUIZ_IDS } from './quiz-helpers';

test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

/** Records every request and fails the test on any to another origin. */
function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return {
    requests,
    offsite: () => requests.filter((url) => !url.startsWith('http://127.0.0.1') && !url.startsWith('blob:') && !url.startsWith('data:')),
  };
}

test.describe('privacy: nothing leaves the device', () => {
  // One test per page: they run in parallel, and a failure names the page.
  for (const path of SITE_PAGES) {
    test(`reading ${path} sends no request elsewhere and sets no cookie`, async ({ page, context }) => {
      const w = watch(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(w.offsite()).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      // The page and at least one of its assets were seen, so the watch works.
      expect(w.requests.length).toBeGreaterThan(1);
    });
  }

  for (const id of QUIZ_IDS) {
    test(`the ${id} quiz keeps its answers out of every URL, title and request`, async ({ page, context }) => {
      const quiz = loadQuiz(id);
      const { picks, answers } = plan(quiz, 'high');
      const w = watch(page);
      await page.goto(`quiz/${id}/`);
      const title = await page.title();
      for (const [i, question] of quiz.questions.entries()) {
        await page.getByText(`Question ${i + 1} of`).focus();
        await answerByKeyboard(page, question, picks[i]!);
      }
      await expect(page.getByText('This is a self-check, not a diagnosis or a promise.')).toBeVisible();
      expect(w.offsite()).toEqual([]);
      const words = Object.values(answers)
        .flat()
        .map(String)
        .filter((s) => s.length > 2);
      for (const url of [...w.requests, page.url()]) for (const word of words) expect(url).not.toContain(word);
      expect(await page.title()).toBe(title);
      expect(await context.cookies()).toEqual([]);
    });
  }

  test('the tracker, the pad and the calendar file stay local', async ({ page, context }) => {
    const w = watch(page);
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await page.goto('no-contact/');
    await page.getByLabel('Date of your last contact').fill('2026-10-20');
    await page.getByRole('button', { name: 'Start counting' }).click();
    await page.getByLabel('Your message, unsent').fill('secret words');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add to calendar/ }).click()]);
    expect(w.offsite()).toEqual([]);
    for (const url of w.requests) expect(url).not.toContain('secret');
    expect(page.url()).not.toContain('2026-10-20');
    expect(await context.cookies()).toEqual([]);
  });

  test('sharing and search send nothing elsewhere', async ({ page }) => {
    const w = watch(page);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    await page.getByText('Share this chapter').click();
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('silence');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(/match/);
    expect(w.offsite()).toEqual([]);
  });
});

test.describe('security headers in the build', () => {
  test('every page carries a CSP without unsafe-inline or unsafe-eval', async ({ page }) => {
    for (const path of ['./', chapterUrl(CHAPTERS[0]!.slug), 'quiz/acceptance/', 'no-contact/', 'your-data/']) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("'unsafe-inline'");
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(await page.locator('[style]').count(), `${path} has inline style attributes`).toBe(0);
    }
  });
});
