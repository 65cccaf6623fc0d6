import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, NOT_FOUND_LOG, openPad, test } from './fixtures';

/** 10:00 local time on 27 November 2026, in whatever time zone the browser runs. */
const NOV_27 = '2026-11-27T10:00:00';
const MESSAGE = 'I keep rereading our old messages.';
const NOTE = 'They texted about the dog and I answered.';

const seed = {
  'atb:v1:no-contact-plan': JSON.stringify({
    lastContact: '2026-10-20',
    lengthDays: 45,
    slips: [{ date: '2026-10-20', dayReached: 5, previousLastContact: '2026-10-15', note: NOTE }],
  }),
  'atb:v1:unsent-messages': JSON.stringify([{ id: 'm1', savedAt: '2026-11-20T21:00:00.000Z', text: MESSAGE }]),
};

const PAGES = ['./', chapterUrl(CHAPTERS[0]!.slug), 'help/', 'no-contact/', 'today/', 'your-data/', 'quiz/acceptance/', 'no-such-page/'];

test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

async function seedStorage(page: Page, discreet: boolean) {
  await page.goto('help/');
  await page.evaluate(
    ([entries, on]) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      if (on) localStorage.setItem('atb:v1:discreet', 'on');
    },
    [seed, discreet] as const,
  );
}

const icon = (page: Page) => page.locator('link[rel="icon"]').getAttribute('href');

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date(NOV_27) });
});

test('the switch on /your-data/ turns discreet mode on at once, and off again', async ({ page }) => {
  await page.goto('your-data/');
  const before = await page.title();
  await page.getByRole('checkbox', { name: 'Discreet mode' }).check();
  await expect(page).toHaveTitle('Notes');
  expect(await icon(page)).toMatch(/\/notes\.svg$/);
  expect(await page.evaluate(() => localStorage.getItem('atb:v1:discreet'))).toBe('on');
  await page.getByRole('checkbox', { name: 'Discreet mode' }).uncheck();
  await expect(page).toHaveTitle(before);
  expect(await icon(page)).toMatch(/\/favicon\.svg$/);
});

test('every page has a neutral tab title and icon in discreet mode', async ({ page }) => {
  await seedStorage(page, true);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page).toHaveTitle('Notes');
    expect(await icon(page)).toMatch(/\/notes\.svg$/);
  }
});

test('the home page shows nothing about the plan in discreet mode', async ({ page }) => {
  await seedStorage(page, false);
  await page.goto('./');
  await expect(page.getByText('Day 38 of 45')).toBeVisible();
  await seedStorage(page, true);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Day \d+/)).toBeHidden();
  await expect(page.getByText(/days? left/)).toBeHidden();
});

test('unsent messages and slip notes stay folded until tapped', async ({ page }) => {
  await seedStorage(page, true);
  await openPad(page);
  await page.getByRole('button', { name: 'Show messages' }).first().click();
  await expect(page.getByText(MESSAGE)).toBeHidden();
  await page.getByText('Show the message').first().click();
  await expect(page.getByText(MESSAGE).first()).toBeVisible();

  await expect(page.getByText(NOTE)).toBeHidden();
  await page.getByText('Show the note').first().click();
  await expect(page.getByText(NOTE).first()).toBeVisible();
});

test('the reasons in "I want to text them" stay folded until tapped', async ({ page }) => {
  const reason = 'Every call opened it all up again.';
  await seedStorage(page, true);
  await page.evaluate((text) => localStorage.setItem('atb:v1:reasons', JSON.stringify([{ id: 'r1', text }])), reason);
  await page.goto(chapterUrl(CHAPTERS[0]!.slug));
  await page.getByRole('link', { name: 'I want to text them' }).click();
  const flow = page.getByRole('dialog', { name: 'I want to text them' });
  await flow.getByRole('button', { name: 'Next' }).click();
  await expect(flow.getByText('You wrote these on a calmer day.')).toBeVisible();
  await expect(flow.getByText(reason)).toBeHidden();
  await flow.getByText('Show the reason').click();
  await expect(flow.getByText(reason)).toBeVisible();
});

test('without discreet mode they show as they are', async ({ page }) => {
  await seedStorage(page, false);
  await openPad(page);
  await expect(page.getByText(NOTE).first()).toBeVisible();
  await page.getByRole('button', { name: 'Show messages' }).first().click();
  await expect(page.getByText(MESSAGE).first()).toBeVisible();
  await expect(page.getByText('Show the message')).toHaveCount(0);
});

test('exports and calendar files get neutral names and titles', async ({ page }) => {
  await seedStorage(page, true);
  await page.goto('your-data/');
  const [data] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
  expect(data.suggestedFilename()).toBe('notes-2026-11-27.json');

  await page.goto('no-contact/');
  const [calendar] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /Add to calendar/ })
      .first()
      .click(),
  ]);
  expect(calendar.suggestedFilename()).toBe('reminders.ics');
  const ics = readFileSync((await calendar.path())!, 'utf8');
  expect(ics).toContain('SUMMARY:Reminder');
  expect(ics).not.toMatch(/breakup|contact|milestone/i);
});
