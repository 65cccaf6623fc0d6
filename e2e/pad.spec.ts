import type { Page } from '@playwright/test';
import { expect, openPad, test } from './fixtures';

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
    await openPad(page);
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
    await page.getByRole('button', { name: 'Show messages' }).click();
    const list = page.getByRole('list').filter({ hasText: early });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem').getByText(full, { exact: true })).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Show messages' }).click();
    await expect(list.getByRole('listitem').getByText(full, { exact: true })).toBeVisible();
  });

  test('the pause button waits until it can start the pause', async ({ page }) => {
    const release = await holdPadScript(page);
    await openPad(page);
    const start = page.getByRole('button', { name: 'Start a 10-minute pause' });
    await expect(start).toBeDisabled();
    release();
    await start.click();
    await expect(page.getByRole('timer')).toHaveText('10:00');
  });
});

test.describe('the pad under pressure', () => {
  const KEY = 'atb:v1:unsent-messages';
  const storedIds = (page: Page) =>
    page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as { text: string }[]).map((m) => m.text).sort(), KEY);

  /** Submits the pad's form in each page at the same wall-clock millisecond. */
  async function submitTogether(pages: Page[]) {
    const at = await pages[0]!.evaluate(() => Date.now() + 300);
    await Promise.all(
      pages.map((p) =>
        p.evaluate((t) => {
          const form = document.querySelector<HTMLTextAreaElement>('textarea[name="message"]')!.form!;
          while (Date.now() < t) {
            // Wait for the agreed millisecond.
          }
          form.requestSubmit();
        }, at),
      ),
    );
  }

  test('two tabs saving in the same millisecond both keep their message, 20 times over (defect 5)', async ({ page, context }) => {
    const other = await context.newPage();
    for (const p of [page, other]) await openPad(p);
    for (const p of [page, other]) await expect(p.getByRole('button', { name: 'Keep it here, unsent' })).toBeEnabled();
    const expected: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.getByLabel('Your message, unsent').fill(`from the first tab, ${i}`);
      await other.getByLabel('Your message, unsent').fill(`from the second tab, ${i}`);
      expected.push(`from the first tab, ${i}`, `from the second tab, ${i}`);
      await submitTogether([page, other]);
    }
    expected.sort();
    for (const p of [page, other]) {
      await expect(p.getByRole('heading', { name: 'Your unsent messages (40)' })).toBeVisible();
      await expect.poll(() => storedIds(p)).toEqual(expected);
    }
    await other.close();
  });

  test('a delete in one tab racing a save in the other keeps the save and the delete (defect 5)', async ({ page, context }) => {
    await openPad(page);
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify([{ id: 'old', savedAt: '2026-11-20T21:00:00.000Z', text: 'delete me' }])),
      KEY,
    );
    const other = await context.newPage();
    for (const p of [page, other]) await openPad(p);
    await page.getByRole('button', { name: 'Show messages' }).click();
    await expect(page.getByText('delete me')).toBeVisible();
    await other.getByLabel('Your message, unsent').fill('keep me');
    await expect(other.getByRole('button', { name: 'Keep it here, unsent' })).toBeEnabled();
    const at = await page.evaluate(() => Date.now() + 300);
    await Promise.all([
      page.evaluate((t) => {
        const button = document.querySelector<HTMLButtonElement>('button[aria-label^="Delete the message from"]')!;
        while (Date.now() < t) {
          // Wait for the agreed millisecond.
        }
        button.click();
      }, at),
      other.evaluate((t) => {
        const form = document.querySelector<HTMLTextAreaElement>('textarea[name="message"]')!.form!;
        while (Date.now() < t) {
          // Wait for the agreed millisecond.
        }
        form.requestSubmit();
      }, at),
    ]);
    for (const p of [page, other]) {
      await expect.poll(() => storedIds(p)).toEqual(['keep me']);
      await expect(p.getByRole('heading', { name: 'Your unsent messages (1)' })).toBeVisible();
    }
    await other.close();
  });

  test('text past the limit set by a script is refused with a message, and no error (defect 7)', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openPad(page);
    await expect(page.getByRole('button', { name: 'Keep it here, unsent' })).toBeEnabled();
    await page.getByLabel('Your message, unsent').evaluate((box: HTMLTextAreaElement) => (box.value = 'x'.repeat(6000)));
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'longer than 5,000 characters' })).toBeVisible();
    await page.getByLabel('Your message, unsent').fill('\u200B\u200D\uFEFF');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await expect(page.getByText('Write something first. Nothing was saved.')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(errors).toEqual([]);
  });

  test('holds private text away from spell-checkers and autofill', async ({ page }) => {
    await openPad(page);
    const box = page.getByLabel('Your message, unsent');
    await expect(box).toHaveAttribute('spellcheck', 'false');
    await expect(box).toHaveAttribute('autocomplete', 'off');
  });

  test('a pause dated in the future counts down instead of standing at 10:00 (defect 7)', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    await openPad(page);
    await page.evaluate((start) => localStorage.setItem('atb:v1:pause-started-at', String(start)), new Date(NOV_27).getTime() + 3_600_000);
    await page.reload();
    await expect(page.getByRole('timer')).toHaveText('10:00');
    await page.clock.runFor('01:01');
    await expect(page.getByRole('timer')).toHaveText(/^8:5\d$/);
  });

  test('a running pause does not render the message list again (defect 6)', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    await openPad(page);
    await page.getByLabel('Your message, unsent').fill('Still here');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await page.getByRole('button', { name: 'Start a 10-minute pause' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { listChanges: number };
      w.listChanges = 0;
      new MutationObserver((records) => (w.listChanges += records.length)).observe(document.querySelector('.message-list')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.clock.runFor('00:05');
    await expect(page.getByRole('timer')).toHaveText(/^9:5\d$/);
    expect(await page.evaluate(() => (window as unknown as { listChanges: number }).listChanges)).toBe(0);
  });

  test('shows 20 messages at a time, however many are kept (defect 6)', async ({ page }) => {
    await openPad(page);
    await page.evaluate((key) => {
      const messages = Array.from({ length: 45 }, (_, i) => ({
        id: `m${i}`,
        savedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
        text: `Message ${i}`,
      }));
      localStorage.setItem(key, JSON.stringify(messages));
    }, KEY);
    await page.reload();
    await page.getByRole('button', { name: 'Show messages' }).click();
    const list = page.getByRole('list').filter({ hasText: 'Message 44' });
    await expect(list.getByRole('listitem')).toHaveCount(20);
    await expect(page.getByText('Showing the newest 20 of 45.')).toBeVisible();
    await page.getByRole('button', { name: 'Show 20 older' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(40);
    await page.getByRole('button', { name: 'Show 5 older' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(45);
    await expect(page.getByRole('button', { name: /^Show \d+ older$/ })).toHaveCount(0);
  });
});

test.describe('the folded list and undo', () => {
  test('messages stay folded until shown, and a deleted message can be put back exactly', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    await openPad(page);
    const box = page.getByLabel('Your message, unsent');
    await box.fill('Older words');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await page.clock.runFor('01:00');
    await box.fill('Newer words');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await expect(page.getByRole('heading', { name: 'Your unsent messages (2)' })).toBeVisible();
    await expect(page.getByText('Older words')).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Show messages' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const stored = await page.evaluate(() => localStorage.getItem('atb:v1:unsent-messages'));

    await toggle.click();
    await expect(page.getByRole('button', { name: 'Hide messages' })).toHaveAttribute('aria-expanded', 'true');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Older words' })
      .getByRole('button', { name: /^Delete the message from/ })
      .click();
    await expect(page.getByText('Older words')).toHaveCount(0);
    await expect(page.getByText('Message deleted.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Older words' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('atb:v1:unsent-messages'))).toBe(stored);

    // Undo stays for a while, then goes; the last message deleted leaves the undo in place.
    await page.getByRole('button', { name: 'Hide messages' }).click();
    await page.getByRole('button', { name: 'Show messages' }).click();
    for (const text of ['Newer words', 'Older words']) {
      await page
        .getByRole('listitem')
        .filter({ hasText: text })
        .getByRole('button', { name: /^Delete the message from/ })
        .click();
    }
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await page.clock.runFor('00:11');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Your unsent messages/ })).toHaveCount(0);
  });
});
