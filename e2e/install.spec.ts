import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { expect, test } from './fixtures';

// Installing the site as an app: a quiet "Install" item in the menu when the
// browser offers it, and an app that opens where the reader left off.

test.describe('install', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the menu offers "Install" only once the browser offers an install, and never shows a banner', async ({ page }) => {
    await page.goto('./');
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await page.getByText('Menu', { exact: true }).click();
    await expect(menu.getByRole('link', { name: 'Today' })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Install' })).toHaveCount(0);
    // Not on iPhone or iPad: no hint about the Share menu.
    await expect(menu.getByText('To install: Share, then Add to Home Screen')).toBeHidden();

    // The browser's offer, as Chromium makes it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const bannerHeld = await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      Object.assign(window, { prompts: 0 });
      Object.assign(offer, {
        prompt: async () => {
          Object.assign(window, { prompts: (window as unknown as { prompts: number }).prompts + 1 });
          return { outcome: 'accepted' };
        },
      });
      window.dispatchEvent(offer);
      return offer.defaultPrevented;
    });
    expect(bannerHeld, 'the browser’s own banner is held back').toBe(true);

    const install = menu.getByRole('button', { name: 'Install' });
    await expect(install).toBeVisible();
    await install.click();
    expect(await page.evaluate(() => (window as unknown as { prompts: number }).prompts)).toBe(1);
    // The offer is used up: the item goes away.
    await expect(install).toBeHidden();
  });
});

test.describe('installability', () => {
  test('Chromium finds nothing that stops the site being installed', async ({ baseURL }) => {
    // The check Lighthouse's installability audit ran (Lighthouse 12 removed it), in a
    // browser with a profile on disk: Playwright's usual contexts are off the record,
    // where Chromium never offers an install.
    const profile = mkdtempSync(join(tmpdir(), 'atb-profile-'));
    const executablePath = findChromium();
    const context = await chromium.launchPersistentContext(profile, {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
      // The test runner passes the config's options on; this test needs the worker.
      serviceWorkers: 'allow',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL!);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
      await expect
        .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId))
        .toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe('the installed app opens', () => {
  test('on the home page when no plan is running', async ({ page }) => {
    await page.goto('start/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page).not.toHaveURL(/start\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'When the breakup wasn’t your choice' })).toBeVisible();
  });

  test('on Today while a plan is running', async ({ page }) => {
    await page.goto('no-contact/');
    await page.getByLabel('Date of your last contact').fill('2026-11-20');
    await page.getByRole('radio', { name: '30 days' }).check();
    await page.getByRole('button', { name: 'Start counting' }).click();
    await expect(page.getByRole('heading', { name: /^Day \d+ of/ })).toBeVisible();
    await page.goto('start/');
    await expect(page).toHaveURL(/\/today\/$/);
    // Back leaves the app instead of landing on the start page again.
    await page.goBack();
    await expect(page).toHaveURL(/\/no-contact\/$/);
  });
});
