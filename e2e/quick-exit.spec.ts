import type { Page } from '@playwright/test';
import { DEFAULT_QUICK_EXIT_URL } from '../src/lib/quick-exit';
import { CHAPTERS, chapterUrl, expect, NOT_FOUND_LOG, test } from './fixtures';

// The neutral site is stubbed: the tests never leave this machine.
const NEUTRAL = new URL(DEFAULT_QUICK_EXIT_URL);
const NEUTRAL_PAGES = `${NEUTRAL.origin}/**`;

/** One page of each kind. */
const PAGE_KINDS = {
  home: './',
  chapter: chapterUrl(CHAPTERS[0]!.slug),
  help: 'help/',
  tracker: 'no-contact/',
  today: 'today/',
  'your data': 'your-data/',
  quiz: 'quiz/acceptance/',
  'not found': 'no-such-page/',
};

test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

test.beforeEach(async ({ page }) => {
  await page.route(NEUTRAL_PAGES, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
});

/** Whether quick exit started: it marks the page synchronously, in the key's own handler, before it navigates. */
const exiting = (page: Page) => page.evaluate(() => 'exit' in document.documentElement.dataset);

const exitButton = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Quick exit' });

/** Asserts the neutral page replaced ours, and that Back does not bring ours back. */
async function expectGone(page: Page) {
  await expect(page).toHaveURL(DEFAULT_QUICK_EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  await page.goBack();
  expect(page.url()).not.toContain('127.0.0.1');
}

for (const [kind, path] of Object.entries(PAGE_KINDS)) {
  test(`the quick exit button leaves the ${kind} page for good`, async ({ page }) => {
    await page.goto(path);
    await expect(exitButton(page)).toBeInViewport();
    await exitButton(page).click();
    await expectGone(page);
  });

  test(`Shift three times leaves the ${kind} page for good`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectGone(page);
  });
}

test('the button stays in reach after scrolling a long chapter', async ({ page }) => {
  await page.goto(chapterUrl(CHAPTERS[0]!.slug));
  await page.mouse.wheel(0, 4000);
  await expect(exitButton(page)).toBeInViewport();
});

test('the page goes blank at once, in the same moment as the click', async ({ page }) => {
  await page.goto('help/');
  const shown = await page.evaluate(() => {
    document.querySelector<HTMLElement>('header [data-quick-exit]')!.click();
    // Still this page, in the click's own task: the neutral site cannot have answered yet.
    return getComputedStyle(document.body).display;
  });
  expect(shown).toBe('none');
  await expectGone(page);
});

test('the urge flow and the search box carry their own quick exit', async ({ page }) => {
  await page.goto(chapterUrl(CHAPTERS[1]!.slug));
  await page.getByRole('link', { name: 'I want to text them' }).click();
  const flow = page.getByRole('dialog', { name: 'I want to text them' });
  await expect(flow.getByRole('heading', { level: 3 })).toBeVisible();
  await flow.getByRole('link', { name: 'Quick exit' }).click();
  await expectGone(page);

  await page.goto('help/');
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const search = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(search).toBeVisible();
  await search.getByRole('link', { name: 'Quick exit' }).click();
  await expectGone(page);
});

test('Shift three times does nothing while typing in a field', async ({ page }) => {
  await page.goto('no-contact/');
  const field = page.getByRole('textbox').first();
  await field.click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  expect(await exiting(page)).toBe(false);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(input).toBeFocused();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.type('Hello');
  await expect(input).toHaveValue('Hello');
  expect(await exiting(page)).toBe(false);
});

test('other keys between the presses start the count again', async ({ page }) => {
  await page.goto('help/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift');
  expect(await exiting(page)).toBe(false);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectGone(page);
});
