import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';

const seed = {
  'atb:v1:theme': 'dark',
  'atb:v1:read-chapters': '["after-the-breakup","acceptance"]',
  'atb:v1:last-chapter': 'acceptance',
  'atb:v1:no-contact-plan': JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] }),
  'atb:v1:unsent-messages': JSON.stringify([{ id: 'm1', savedAt: '2026-11-20T21:00:00.000Z', text: 'I miss you' }]),
  'atb:v1:quiz:acceptance': JSON.stringify({ answers: { decision: 'their-choice' }, step: 1, done: false }),
};

async function seedStorage(page: Page, items: Record<string, string> = seed) {
  await page.goto('./');
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, items);
}

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('atb:'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test.describe('your data', () => {
  test('is linked from every page footer and from every place where the reader types', async ({ page }) => {
    for (const path of ['./', chapterUrl(CHAPTERS[0]!.slug), 'help/', 'no-contact/', 'quiz/acceptance/']) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Your data on this device' })).toHaveAttribute(
        'href',
        /\/your-data\/$/,
      );
    }
    await page.goto('no-contact/');
    await expect(page.getByRole('link', { name: 'See, export or erase them' })).toHaveCount(2);
    await page.goto('quiz/acceptance/');
    await expect(page.getByRole('link', { name: 'See, export or erase them' })).toHaveCount(1);
  });

  test('lists what is stored, in plain language, with a date and a size', async ({ page }) => {
    await seedStorage(page);
    await page.goto('your-data/');
    const table = page.getByRole('table', { name: 'Stored on this device' });
    for (const label of [
      'Theme choice',
      'Chapters you finished',
      'The chapter you opened last',
      'Your no-contact plan',
      'Unsent messages',
      'Answers to “Have you accepted the breakup?”',
    ]) {
      await expect(table.getByRole('rowheader', { name: new RegExp(`^${label.replace(/[?()]/g, '\\$&')}`) })).toBeVisible();
    }
    await expect(table).toContainText('2 chapters');
    await expect(table).toContainText('1 message');
    // Sizes in KB, dates in words, chapters by their titles, never slugs.
    await expect(table).toContainText(/\d+\.\d\u00a0KB/);
    await expect(table.getByRole('row', { name: /Your no-contact plan/ })).toContainText('45 days from 20 October 2026');
    const last = CHAPTERS.find((c) => c.slug === 'acceptance')!;
    await expect(table.getByRole('row', { name: /The chapter you opened last/ })).toContainText(last.title);
  });

  /** How many lines each word of `cell`'s text takes: 1 for every word that is whole. */
  const linesPerWord = (cell: Locator) =>
    cell.evaluate((el) => {
      const text = el.firstChild as Text;
      const lines: number[] = [];
      for (const m of text.data.matchAll(/[^ \n\t]+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        lines.push(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
      }
      return lines;
    });

  for (const width of [320, 412]) {
    test(`dates and sizes never break inside a word, ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await seedStorage(page, { ...seed, 'atb:v1:since': JSON.stringify({ 'atb:v1:theme': '2026-11-27' }) });
      await page.goto('your-data/');
      const row = page.getByRole('row', { name: /Theme choice/ });
      const date = row.locator('time');
      await expect(date).toHaveText('27 November 2026');
      const size = row.getByRole('cell').last();
      await expect(size).toHaveText(/^\d+\.\d\u00a0KB$/);
      expect(await linesPerWord(date)).toEqual([1, 1, 1]);
      // A size is one word: its number and unit are joined by a no-break space.
      expect(await linesPerWord(size)).toEqual([1]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test('the import button works from the keyboard and shows where focus is', async ({ page }) => {
    await seedStorage(page);
    await page.goto('your-data/');
    const input = page.getByLabel('Import a file exported from this site');
    await expect(input).toBeEnabled();
    // The control before it: the backup reminder's switch, under "Export my data".
    await page.getByLabel(/^Remind me to keep a copy/).focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    const button = page.locator('label[for="import-file"]');
    await expect(button).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Space');
    expect((await chooser).isMultiple()).toBe(false);
  });

  test('records the day an item was first saved', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await page.goto('no-contact/');
    await page.getByLabel('Date of your last contact').fill('2026-11-20');
    await page.getByRole('button', { name: 'Start counting' }).click();
    await page.goto('your-data/');
    const row = page.getByRole('row', { name: /Your no-contact plan/ });
    await expect(row.locator('time')).toHaveAttribute('datetime', '2026-11-27');
  });

  test('exports a versioned file that imports back exactly', async ({ page }, testInfo) => {
    await seedStorage(page);
    await page.goto('your-data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^after-the-breakup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'after-the-breakup/your-data', version: 1 });
    expect(file.items).toEqual(seed);

    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByText('Nothing. This site keeps nothing about you on this device right now.')).toBeVisible();
    expect(await stored(page)).toEqual({});

    const path = testInfo.outputPath('export.json');
    writeFileSync(path, JSON.stringify(file));
    await page.getByLabel('Import a file exported from this site').setInputFiles(path);
    await expect(page.getByText(/^Imported 6 items/)).toBeVisible();
    const after = await stored(page);
    for (const [key, value] of Object.entries(seed)) expect(after[key]).toBe(value);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const [name, content, message] of [
    ['a damaged file', '{"format":"after-the-breakup/your-data", oops', /damaged or is not an export/],
    ['a file from somewhere else', '{"hello":"world"}', /not an export from this site/],
    [
      'a newer version',
      JSON.stringify({ format: 'after-the-breakup/your-data', version: 99, exportedAt: '', items: {} }),
      /made by a newer version/,
    ],
    [
      'a file whose only item is damaged',
      JSON.stringify({
        format: 'after-the-breakup/your-data',
        version: 1,
        exportedAt: '',
        items: { 'atb:v1:no-contact-plan': '{"lastContact":"2026-02-30"}' },
      }),
      /Nothing in this file can be read/,
    ],
  ] as const) {
    test(`importing ${name} says so and changes nothing`, async ({ page }, testInfo) => {
      await seedStorage(page);
      const before = await stored(page);
      await page.goto('your-data/');
      const path = testInfo.outputPath('import.json');
      writeFileSync(path, content);
      const input = page.getByLabel('Import a file exported from this site');
      // The field stays disabled until the page is interactive, as a reader sees it.
      await expect(input).toBeEnabled();
      await input.setInputFiles(path);
      const error = page.getByText(message);
      await expect(error).toBeVisible();
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
      expect(await stored(page)).toEqual(before);
    });
  }

  const fileWith = (items: Record<string, string>) =>
    JSON.stringify({ format: 'after-the-breakup/your-data', version: 1, exportedAt: '', items });

  async function importFile(page: Page, path: string, content: string) {
    writeFileSync(path, content);
    const input = page.getByLabel('Import a file exported from this site');
    await expect(input).toBeEnabled();
    await input.setInputFiles(path);
  }

  test('one damaged item does not sink the file: the reader chooses to bring back the rest (defect 3)', async ({ page }, testInfo) => {
    await seedStorage(page);
    const before = await stored(page);
    await page.goto('your-data/');
    const items = {
      'atb:v1:theme': 'light',
      'atb:v1:no-contact-plan': '{"lastContact":"2026-02-30","lengthDays":45,"slips":[]}',
      // Pretty-printed and in another order: harmless, accepted.
      'atb:v1:unsent-messages': JSON.stringify(
        [
          { text: 'second', savedAt: '2026-11-21T09:00:00.000Z', id: 'b' },
          { id: 'a', savedAt: '2026-11-21T10:00:00.000Z', text: 'first' },
        ],
        null,
        2,
      ),
      'atb:v1:quiz:constructor': '{}',
    };
    const path = testInfo.outputPath('partial.json');
    await importFile(page, path, fileWith(items));
    const choice = page.getByRole('group', { name: /“Your no-contact plan” in partial\.json cannot be read/ });
    await expect(choice).toBeVisible();
    await choice.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Nothing was changed.')).toBeVisible();
    expect(await stored(page)).toEqual(before);

    await importFile(page, path, fileWith(items));
    await page.getByRole('button', { name: 'Import the rest' }).click();
    // Announced politely, beside the import button rather than at the foot of the page.
    const said = page.getByRole('status').filter({ hasText: /^Imported/ });
    await expect(said).toHaveText('Imported 2 items from partial.json. Left out 1 damaged item. Ignored 1 item this site does not know.');
    const button = await page.locator('label[for="import-file"]').boundingBox();
    const box = await said.boundingBox();
    expect(box!.y - (button!.y + button!.height)).toBeLessThan(80);
    await expect(said).toBeInViewport();
    const after = await stored(page);
    expect(after['atb:v1:theme']).toBe('light');
    expect(after['atb:v1:no-contact-plan']).toBeUndefined();
    expect(JSON.parse(after['atb:v1:unsent-messages']!).map((m: { id: string }) => m.id)).toEqual(['a', 'b']);
    expect(after['atb:v1:quiz:constructor']).toBeUndefined();
  });

  test('an import the device has no room for changes nothing and says why (defect 1)', async ({ page }, testInfo) => {
    await seedStorage(page);
    // This device refuses any stored text over 2,000 characters, as a full storage does.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (value.length > 2000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const before = await stored(page);
    await page.goto('your-data/');
    const big = JSON.stringify([{ id: 'z', savedAt: '2026-11-21T10:00:00.000Z', text: 'x'.repeat(3000) }]);
    await importFile(page, testInfo.outputPath('big.json'), fileWith({ 'atb:v1:theme': 'light', 'atb:v1:unsent-messages': big }));
    await expect(page.getByText(/There is not enough space on this device for this file\. Nothing was changed\./)).toBeVisible();
    for (const status of await page.getByRole('main').getByRole('status').all()) await expect(status).toHaveText('');
    expect(await stored(page)).toEqual(before);
    await page.reload();
    expect(await stored(page)).toEqual(before);
    await expect(page.getByRole('table', { name: 'Stored on this device' })).toContainText('1 message');
  });

  test('erasing asks first, and other open tabs update at once', async ({ page, context }) => {
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await seedStorage(page);
    const tracker = await context.newPage();
    await tracker.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await tracker.goto('no-contact/');
    await expect(tracker.getByRole('heading', { name: 'Day 38 of 45' })).toBeVisible();
    await expect(tracker.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.goto('your-data/');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(Object.keys(await stored(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    const erased = page.getByRole('status').filter({ hasText: 'Everything was erased from this device.' });
    await expect(erased).toBeInViewport();
    expect(await stored(page)).toEqual({});

    await expect(tracker.getByRole('heading', { name: 'Day 38 of 45' })).toHaveCount(0);
    await expect(tracker.getByRole('heading', { name: 'Start your count' })).toBeVisible();
    await expect(tracker.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test('an export keeps the day each item was first saved, and an import brings it back', async ({ page }, testInfo) => {
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    const since = { 'atb:v1:no-contact-plan': '2026-10-20', 'atb:v1:theme': '2026-09-02' };
    await seedStorage(page, { ...seed, 'atb:v1:since': JSON.stringify(since) });
    await page.goto('your-data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(JSON.parse(file.items['atb:v1:since'])).toEqual(since);

    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByText('Nothing. This site keeps nothing about you on this device right now.')).toBeVisible();
    const path = testInfo.outputPath('export.json');
    writeFileSync(path, JSON.stringify(file));
    await page.getByLabel('Import a file exported from this site').setInputFiles(path);
    // Six of the reader's items; the dates themselves are not counted as one.
    await expect(page.getByText(/^Imported 6 items/)).toBeVisible();
    await expect(page.getByRole('row', { name: /Your no-contact plan/ }).locator('time')).toHaveAttribute('datetime', '2026-10-20');
    await expect(page.getByRole('row', { name: /Theme choice/ }).locator('time')).toHaveAttribute('datetime', '2026-09-02');
    // Items the file has no date for are dated the day of the import.
    await expect(page.getByRole('row', { name: /Unsent messages/ }).locator('time')).toHaveAttribute('datetime', '2026-11-27');
  });

  test('the list follows changes made in another tab, without a reload', async ({ page, context }) => {
    await page.goto('your-data/');
    await expect(page.getByText('Nothing. This site keeps nothing about you on this device right now.')).toBeVisible();
    const other = await context.newPage();
    await other.goto('no-contact/');
    await other.getByLabel('Date of your last contact').fill('2026-11-20');
    await other.getByRole('button', { name: 'Start counting' }).click();
    await expect(page.getByRole('rowheader', { name: /^Your no-contact plan/ })).toBeVisible();
    await other.getByRole('button', { name: 'Stop tracking and erase this plan' }).click();
    await other.getByRole('button', { name: 'Yes, erase it' }).click();
    await expect(page.getByText('Nothing. This site keeps nothing about you on this device right now.')).toBeVisible();
  });
});
