import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { serveCopy, waitForWorker, type OwnServer } from './offline-helpers';

// A new version of the site arrives while the reader is writing: it waits,
// says so, and reloads only when they choose to, never over unsaved words.
// The "new build" is the served copy changed on disk (./offline-helpers.ts):
// the help page's content and revision change, the about page leaves the
// precache list, as a real rebuild would do.

test.use({ serviceWorkers: 'allow' });

let server: OwnServer;
test.beforeEach(async () => {
  server = await serveCopy('dist', '/');
});
test.afterEach(async () => {
  await server.dispose();
});

/** Rewrites the served build as a later release: help/ changed, about/ no longer precached. */
function publishNewVersion(root: string) {
  const help = join(root, 'help', 'index.html');
  writeFileSync(help, readFileSync(help, 'utf8').replace('</body>', '<!-- release 2 --></body>'));
  const worker = join(root, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const changed = source
    .replace(/\{url:"help\/index\.html",revision:"[0-9a-f]+"\}/, '{url:"help/index.html",revision:"release-2"}')
    .replace(/\{url:"about\/index\.html",revision:"[0-9a-f]+"\},?/, '');
  expect(changed).not.toBe(source);
  expect(changed).not.toContain('about/index.html');
  writeFileSync(worker, changed);
}

test('a new version waits for the reader, keeps what they typed, and clears out the old files', async ({ page }) => {
  await page.goto(`${server.url}no-contact/`);
  await waitForWorker(page);
  // The old version has the about page precached (keyed with its revision in the query).
  expect(await page.evaluate(() => caches.match('/about/index.html', { ignoreSearch: true }).then(Boolean))).toBe(true);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  const message = page.getByLabel('Your message, unsent');
  await message.fill('I miss you. I am not sending this.');

  publishNewVersion(server.root);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  const notice = page.getByRole('complementary', { name: 'New version' });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(/^A new version is ready —\s*Reload$/);
  await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeAttached();
  const reload = notice.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeVisible();
  // Nothing reloaded by itself: the same document, the words still there.
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(message).toHaveValue('I miss you. I am not sending this.');

  // Pressing Reload with unsaved words: the page asks them to save first, and stays.
  await reload.click();
  await expect(notice).toContainText('Save what you are writing first. The new version will wait until you reload.');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(message).toHaveValue('I miss you. I am not sending this.');

  // Once the words are kept, Reload brings in the new version.
  await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
  await expect(message).toHaveValue('');
  const reloaded = page.waitForEvent('load');
  await reload.click();
  await reloaded;
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null)).toBe(true);
  // The kept message is there after the reload (in the list of unsent messages).
  await expect(page.getByText('I miss you. I am not sending this.')).toBeAttached();

  // The new version's files, and none of the old one's left behind.
  await expect.poll(() => page.evaluate(() => caches.match('/about/index.html', { ignoreSearch: true }).then(Boolean))).toBe(false);
  const help = await page.evaluate(async () => (await caches.match('/help/index.html', { ignoreSearch: true }))?.text());
  expect(help).toContain('<!-- release 2 -->');
});
