import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** 10:00 local time on 27 November 2026, in whatever time zone the browser runs. */
const NOV_27 = '2026-11-27T10:00:00';

/**
 * Holds back the pad's component script until the returned function is
 * called, so the test decides when the island hydrates: everything before
 * that call happens on the server-rendered markup, as on a slow phone.
 */
async function holdPadScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/UnsentPad*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('the unsent-message pad before it is interactive', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
  });

  test('keeps every word typed before the pad was ready, and saves it whole', async ({ page }) => {
    const release = await holdPadScript(page);
    await page.goto('no-contact/');
    const box = page.getByLabel('Your message, unsent');
    const keep = page.getByRole('button', { name: 'Keep it here, unsent' });
    const early = 'I keep rereading our old messages.';
    await box.pressSequentially(early);
    await expect(keep).toBeDisabled();

    release();
    await expect(keep).toBeEnabled();
    await expect(box).toHaveValue(early);
    const later = ' I will not send this.';
    await box.pressSequentially(later);
    await keep.click();

    const full = early + later;
    await expect(page.getByText('Saved on this device. It was not sent to anyone.')).toBeVisible();
    await expect(box).toHaveValue('');
    const list = page.getByRole('list').filter({ hasText: early });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem').getByText(full, { exact: true })).toBeVisible();
    await page.reload();
    await expect(list.getByRole('listitem').getByText(full, { exact: true })).toBeVisible();
  });

  test('the pause button waits until it can start the pause', async ({ page }) => {
    const release = await holdPadScript(page);
    await page.goto('no-contact/');
    const start = page.getByRole('button', { name: 'Start a 10-minute pause' });
    await expect(start).toBeDisabled();
    release();
    await start.click();
    await expect(page.getByRole('timer')).toHaveText('10:00');
  });
});
