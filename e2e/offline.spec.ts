import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';
import { goOffline, serveCopy, waitForWorker, type OwnServer } from './offline-helpers';
import { answerByKeyboard, expectedTitle, loadQuiz, plan } from './quiz-helpers';

// After one visit, the whole guide works with no network: pages never opened,
// the quizzes, Today's check-in, help; search once it has been used. Each test
// serves its own copy of the build and takes it away to go offline
// (./offline-helpers.ts), for the default build and the base-path build.

test.use({ serviceWorkers: 'allow' });

const BUILDS = [
  { name: 'at the root', dir: 'dist', base: '/' },
  { name: 'under a base path', dir: 'dist-base', base: '/guide-site/' },
];

/** Saves a check-in on Today as a reader does. */
async function checkIn(page: Page) {
  await page.getByRole('group', { name: 'How do you feel?' }).getByRole('radio', { name: /^3 / }).check();
  await page.getByRole('group', { name: 'How strong is the pull to get in touch?' }).getByRole('radio', { name: '4', exact: true }).check();
  await page
    .getByRole('group', { name: /^Any contact/ })
    .getByRole('radio', { name: 'None', exact: true })
    .check();
  await page.getByLabel('A line for yourself (optional)').fill('No signal on the train, still here.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

for (const build of BUILDS) {
  test.describe(`offline, ${build.name}`, () => {
    let server: OwnServer;
    test.beforeEach(async () => {
      server = await serveCopy(build.dir, build.base);
    });
    test.afterEach(async () => {
      await server.dispose();
    });

    test('after one visit: an unopened chapter, a quiz, a check-in and help, with no network', async ({ page, context }) => {
      // The first visit: the home page only.
      await page.goto(server.url);
      await waitForWorker(page);
      await goOffline(context, server);

      // A chapter never opened before.
      const chapter = CHAPTERS.at(-1)!;
      await page.goto(server.url + chapterUrl(chapter.slug));
      await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();

      // A whole quiz, to its result.
      const quiz = loadQuiz('acceptance');
      const { picks, answers } = plan(quiz, 'high');
      await page.goto(`${server.url}quiz/acceptance/`);
      for (const [i, question] of quiz.questions.entries()) {
        await page.getByText(`Question ${i + 1} of ${quiz.questions.length}`).focus();
        await answerByKeyboard(page, question, picks[i]!);
      }
      await expect(page.getByRole('heading', { name: expectedTitle(quiz, answers) })).toBeVisible();

      // A check-in on Today, kept after a reload.
      await page.goto(`${server.url}today/`);
      await checkIn(page);
      await expect(page.getByText('Check-in saved for today, on this device only.')).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('A line for yourself (optional)')).toHaveValue('No signal on the train, still here.');

      // With a plan running, today's step: the plan's days come from the cache too.
      await page.evaluate(() =>
        localStorage.setItem('atb:v1:no-contact-plan', JSON.stringify({ lastContact: '2026-01-01', lengthDays: 365, slips: [] })),
      );
      await page.reload();
      await expect(page.getByRole('region', { name: /^Today.s step$/ }).getByText(/^From day \d+ of the day-by-day plan$/)).toBeVisible();

      // Help, and the page that lists what is stored.
      await page.goto(`${server.url}help/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Where to find help' })).toBeVisible();
      await page.goto(`${server.url}your-data/`);
      await expect(page.getByRole('rowheader', { name: /Your check-ins/ })).toBeVisible();
    });

    test('search works offline once it has been used', async ({ page, context }) => {
      const search = async (query: string) => {
        await page.getByRole('link', { name: 'Search', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Search the guide' });
        await dialog.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
        await expect(dialog.getByRole('status')).toContainText(/match/);
        return dialog;
      };
      await page.goto(server.url);
      await waitForWorker(page);
      await expect((await search('story views')).getByRole('link', { name: 'Absence makes the heart grow fonder' })).toBeVisible();

      await goOffline(context, server);
      await page.goto(`${server.url}help/`);
      const dialog = await search('story views');
      await dialog.getByRole('link', { name: 'Absence makes the heart grow fonder' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Absence makes the heart grow fonder' })).toBeVisible();
    });
  });
}
