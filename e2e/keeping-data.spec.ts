import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The reader's data should outlive the browser's housekeeping: the browser is
// asked to keep it when they first save something, and they are reminded,
// now and then, to keep a copy of their own.

/** Counts calls to navigator.storage.persist() in this tab, across page loads. */
async function countPersistRequests(page: Page) {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const original = storage.persist.bind(storage);
    storage.persist = () => {
      sessionStorage.setItem('persist-requests', String(Number(sessionStorage.getItem('persist-requests') ?? 0) + 1));
      return original();
    };
  });
  return () => page.evaluate(() => Number(sessionStorage.getItem('persist-requests') ?? 0));
}

/** Saves a check-in on Today. */
async function checkIn(page: Page, mood: number) {
  await page
    .getByRole('group', { name: 'How do you feel?' })
    .getByRole('radio', { name: new RegExp(`^${mood} `) })
    .check();
  await page.getByRole('group', { name: 'How strong is the pull to get in touch?' }).getByRole('radio', { name: '4', exact: true }).check();
  await page
    .getByRole('group', { name: /^Any contact/ })
    .getByRole('radio', { name: 'None', exact: true })
    .check();
  await page.getByRole('button', { name: /^Save (check-in|changes)$/ }).click();
  await expect(page.getByText('Check-in saved for today, on this device only.')).toBeVisible();
}

test('the browser is asked to keep the data once, at the first save, and /your-data/ says what it answered', async ({ page }) => {
  const requests = await countPersistRequests(page);
  await page.goto('today/');
  expect(await requests()).toBe(0);
  await checkIn(page, 3);
  await expect.poll(requests).toBe(1);
  // Later saves, here and on other pages, do not ask again.
  await checkIn(page, 4);
  await page.goto('no-contact/');
  await page.getByLabel('Your message, unsent').fill('Not sending this.');
  await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
  await page.goto('your-data/');
  expect(await requests()).toBe(1);
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(
    page.getByText(
      granted ? 'This browser has agreed to keep it until you clear it yourself.' : /^This browser has not promised to keep it/,
    ),
  ).toBeVisible();
});

test.describe('the reminder to keep a copy', () => {
  const reminder = (page: Page) => page.getByRole('complementary', { name: 'Keep a copy of what you have written' });

  /** Opens Today on `date` (local noon). */
  async function openTodayOn(page: Page, date: string) {
    await page.clock.setFixedTime(new Date(`${date}T12:00:00`));
    await page.goto('today/');
    await expect(page.getByRole('button', { name: /^Save (check-in|changes)$/ })).toBeEnabled();
  }

  test('comes two weeks after the first save, then a month after "Not now", and stops when asked', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-01T12:00:00') });
    await openTodayOn(page, '2026-11-01');
    await checkIn(page, 3);
    await expect(reminder(page)).toBeHidden();

    await openTodayOn(page, '2026-11-14');
    await expect(reminder(page)).toBeHidden();
    await openTodayOn(page, '2026-11-15');
    await expect(reminder(page)).toBeVisible();
    await expect(reminder(page).getByRole('link', { name: 'Make a copy' })).toHaveAttribute('href', /your-data\/#keep-a-copy$/);
    await reminder(page).getByRole('button', { name: 'Not now' }).click();
    await expect(reminder(page)).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'You will be reminded again in a month.' })).toBeAttached();

    await openTodayOn(page, '2026-12-14');
    await expect(reminder(page)).toBeHidden();
    await openTodayOn(page, '2026-12-15');
    await expect(reminder(page)).toBeVisible();
    await reminder(page).getByRole('button', { name: 'Stop these reminders' }).click();
    await expect(reminder(page)).toBeHidden();

    await openTodayOn(page, '2027-03-01');
    await expect(reminder(page)).toBeHidden();
    await page.goto('your-data/');
    await expect(page.getByRole('checkbox', { name: /^Remind me to keep a copy/ })).not.toBeChecked();
  });

  test('an export counts as a copy: the next reminder is a month later', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-01T12:00:00') });
    await openTodayOn(page, '2026-11-01');
    await checkIn(page, 3);
    await page.clock.setFixedTime(new Date('2026-11-10T12:00:00'));
    await page.goto('your-data/');
    await expect(page.getByRole('checkbox', { name: /^Remind me to keep a copy/ })).toBeChecked();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    await download;

    await openTodayOn(page, '2026-11-15');
    await expect(reminder(page)).toBeHidden();
    await openTodayOn(page, '2026-12-10');
    await expect(reminder(page)).toBeVisible();
  });
});
