import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';

const ALL_PATHS = [
  './',
  chapterUrl(CHAPTERS[0]!.slug),
  chapterUrl('best-foot-forward'),
  'quiz/acceptance/',
  'no-contact/',
  'your-data/',
  'help/',
];

/** Every widget still works: the theme toggles, a quiz advances, the tracker counts, the pad saves. */
async function widgetsStillWork(page: Page) {
  await page.goto('quiz/acceptance/');
  // The safety question comes first; none of it applies here.
  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 3 of/)).toBeVisible();

  await page.goto('no-contact/');
  await page.getByLabel('Date of your last contact').fill('2026-11-20');
  await page.getByRole('button', { name: /Start counting|Update my plan/ }).click();
  await expect(page.getByRole('heading', { name: /^Day \d+ of 45$/ })).toBeVisible();
  await page.getByLabel('Your message, unsent').fill('Still here');
  await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
  await page.getByRole('button', { name: 'Show messages' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Still here' })).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Switch to (dark|light) theme$/i });
  // What it shows (CSS picks one of its two labels), not all its text.
  const before = await toggle.evaluate((button: HTMLElement) => button.innerText);
  await toggle.click();
  await expect(toggle).not.toHaveText(before, { useInnerText: true });
}

test.describe('when storage is blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('every page loads without an error and says nothing is saved', async ({ page }) => {
    for (const path of ALL_PATHS) {
      await page.goto(path);
      await expect(page.getByRole('status').filter({ hasText: 'not saved on this device' })).toBeVisible();
    }
  });

  test('every widget still works, for this visit', async ({ page }) => {
    await widgetsStillWork(page);
  });
});

test.describe('when storage is full', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('atb:v1:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
  });

  test('a refused write shows the notice, and the widget keeps working', async ({ page }) => {
    await page.goto('no-contact/');
    await expect(page.getByRole('status').filter({ hasText: 'not saved on this device' })).toBeHidden();
    await page.getByLabel('Date of your last contact').fill('2026-11-20');
    await page.getByRole('button', { name: 'Start counting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Storage on this device is full' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Day \d+ of 45$/ })).toBeVisible();
    await widgetsStillWork(page);
  });
});

test.describe('when stored data is damaged', () => {
  test('garbage in every key falls back to defaults without an error', async ({ page }) => {
    const keys = [
      'atb:v1:theme',
      'atb:v1:read-chapters',
      'atb:v1:last-chapter',
      'atb:v1:no-contact-plan',
      'atb:v1:unsent-messages',
      'atb:v1:pause-started-at',
      'atb:v1:reasons',
      'atb:v1:since',
      'atb:v1:quiz:acceptance',
      'atb:v1:quiz:ready-to-reach-out',
      'atb:v1:quiz:dating-motives',
    ];
    await page.goto('./');
    await page.evaluate((list) => {
      for (const key of list) localStorage.setItem(key, '{"broken": [1, 2,');
    }, keys);
    for (const path of ALL_PATHS) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('your-data/');
    await expect(page.getByRole('table')).toContainText('damaged: will be reset');
    await widgetsStillWork(page);
    await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date|undefined/);
  });

  test('data from a future version is left alone and ignored', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => localStorage.setItem('atb:v2:no-contact-plan', '{"future":true}'));
    await page.goto('no-contact/');
    await expect(page.getByRole('heading', { name: 'Start your count' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('atb:v2:no-contact-plan'))).toBe('{"future":true}');
  });
});
