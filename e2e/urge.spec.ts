import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';

/** 10:00 local time on 27 November 2026, in whatever time zone the browser runs. */
const NOV_27 = '2026-11-27T10:00:00';
const PLAN_KEY = 'atb:v1:no-contact-plan';
const chapter = chapterUrl(CHAPTERS[1]!.slug);

const opener = (page: Page) => page.getByRole('link', { name: 'I want to text them' });
const flow = (page: Page) => page.getByRole('dialog', { name: 'I want to text them' });
const stepHeading = (page: Page) => flow(page).getByRole('heading', { level: 3 });
const next = (page: Page) => flow(page).getByRole('button', { name: 'Next' });

/** Axe's WCAG A and AA violations on the page, one line each. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date(NOV_27) });
});

test('the header link opens the flow; Escape closes it and focus returns to the link', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  await expect(flow(page)).toBeVisible();
  await expect(stepHeading(page)).toHaveText('Breathe first');
  await expect(flow(page).getByText('Step 1 of 5')).toBeVisible();
  await expect(flow(page).getByRole('timer')).toHaveText('10:00');
  await page.keyboard.press('Escape');
  await expect(flow(page)).toBeHidden();
  await expect(opener(page)).toBeFocused();
});

test('the "u" key opens the flow, but not while typing in a field', async ({ page }) => {
  await page.goto(chapter);
  await expect(opener(page)).toHaveAttribute('aria-keyshortcuts', 'u');
  await page.keyboard.press('u');
  await expect(flow(page)).toBeVisible();
  await flow(page).getByRole('button', { name: 'Close' }).click();
  await expect(flow(page)).toBeHidden();
  await expect(opener(page)).toBeFocused();

  await page.goto('no-contact/');
  await page.getByLabel('Your message, unsent').pressSequentially('u');
  await expect(flow(page)).toBeHidden();
});

test('the pause counts down, and resumes after closing, reopening and reloading', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  const timer = flow(page).getByRole('timer');
  await expect(timer).toHaveText('10:00');
  await page.clock.runFor('02:00');
  await expect(timer).toHaveText('8:00');
  await page.keyboard.press('Escape');

  await page.clock.runFor('01:00');
  await opener(page).click();
  await expect(timer).toHaveText('7:00');
  await page.keyboard.press('Escape');

  await page.reload();
  await opener(page).click();
  await expect(timer).not.toHaveText('10:00');
  await expect(timer).toHaveText(/^[0-7]:\d\d$/);
  await page.clock.runFor('10:00');
  await expect(flow(page).getByText('Ten minutes have passed.', { exact: false })).toBeVisible();
});

test('the flow keeps its step when closed and reopened', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  await next(page).click();
  await expect(stepHeading(page)).toHaveText('Why I am giving this space');
  await expect(stepHeading(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await opener(page).click();
  await expect(stepHeading(page)).toHaveText('Why I am giving this space');
  await flow(page).getByRole('button', { name: 'Back' }).click();
  await expect(stepHeading(page)).toHaveText('Breathe first');
});

test('the reasons list is saved across a reload, and can be edited and deleted', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  await next(page).click();
  const field = flow(page).getByLabel('Add a reason');
  await expect(field).toHaveAttribute('spellcheck', 'false');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await field.fill('I want to sleep through the night again');
  await flow(page).getByRole('button', { name: 'Add' }).click();
  await field.fill('My friends have missed me');
  await field.press('Enter');
  await expect(flow(page).getByText('Reason saved on this device.')).toBeVisible();

  await page.reload();
  await opener(page).click();
  await next(page).click();
  const list = flow(page).getByRole('list');
  await expect(list.getByRole('listitem')).toHaveText([/I want to sleep through the night again/, /My friends have missed me/]);

  await flow(page).getByRole('button', { name: 'Edit: My friends have missed me' }).click();
  const edit = flow(page).getByLabel('Change this reason');
  await expect(edit).toBeFocused();
  await edit.fill('My friends want me back');
  await flow(page).getByRole('button', { name: 'Save' }).click();
  await flow(page).getByRole('button', { name: 'Delete: I want to sleep through the night again' }).click();
  await expect(list.getByRole('listitem')).toHaveText([/My friends want me back/]);
  await page.reload();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('atb:v1:reasons') ?? '[]') as { text: string }[])).toEqual([
    { id: expect.any(String), text: 'My friends want me back' },
  ]);
});

test('from a chapter page to a recorded slip: "Yes" restarts the count, kindly', async ({ page }) => {
  await page.addInitScript(
    ([key, plan]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, plan!);
    },
    [PLAN_KEY, JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] })],
  );
  await page.goto(chapter);
  await opener(page).click();
  await next(page).click();
  await next(page).click();
  await expect(stepHeading(page)).toHaveText('Write it down');
  await flow(page).getByLabel('Your message, unsent').fill('I miss you');
  await flow(page).getByRole('button', { name: 'Keep it here, unsent' }).click();
  await expect(flow(page).getByText('Saved on this device. It was not sent to anyone.')).toBeVisible();
  await next(page).click();
  await expect(stepHeading(page)).toHaveText('Call a friend instead');
  await expect(flow(page).getByRole('link', { name: 'Where to find help' })).toHaveAttribute('href', /\/help\/$/);
  await expect(flow(page).getByRole('link', { name: 'If you are thinking of harming yourself' })).toHaveAttribute(
    'href',
    /\/help\/#crisis$/,
  );
  await next(page).click();
  await expect(stepHeading(page)).toHaveText('Did you send it?');
  await flow(page).getByRole('button', { name: 'Yes, I sent it' }).click();
  await expect(flow(page).getByText(/It is noted as a slip, and your count starts again from today/)).toBeFocused();

  await flow(page).getByRole('link', { name: 'See your count' }).click();
  await expect(page).toHaveURL(/\/no-contact\/$/);
  const tracker = page.locator('[data-island="tracker"]').first();
  await expect(tracker.getByRole('heading', { name: /^Day \d+/ })).toHaveText('Day 0 of 45');
  await expect(tracker.getByRole('list', { name: 'Your history' })).toContainText('Friday 27 November 2026: in touch after 38 days');
});

test('a "Yes" pressed by mistake can be taken back: the count is as it was', async ({ page }) => {
  const plan = JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [PLAN_KEY, plan],
  );
  await page.goto(chapter);
  await opener(page).click();
  for (let i = 0; i < 4; i++) await next(page).click();
  await expect(stepHeading(page)).toHaveText('Did you send it?');
  await flow(page).getByRole('button', { name: 'Yes, I sent it' }).click();
  await flow(page).getByRole('button', { name: 'Undo: I pressed “Yes” by mistake' }).click();
  await expect(flow(page).getByText('Taken back: no slip is recorded, and your count is as it was.')).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBe(plan);
  await expect(flow(page).getByRole('button', { name: 'No, I did not send it' })).toBeVisible();
});

test('"No" says so kindly, records nothing, and the flow starts over next time', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  for (let i = 0; i < 4; i++) await next(page).click();
  await flow(page).getByRole('button', { name: 'No, I did not send it' }).click();
  await expect(flow(page).getByText(/You let the urge pass/)).toBeVisible();
  await flow(page).getByRole('button', { name: 'Close' }).last().click();
  await expect(flow(page)).toBeHidden();
  await expect(opener(page)).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBeNull();
  await opener(page).click();
  await expect(stepHeading(page)).toHaveText('Breathe first');
});

test('"Yes" without a plan records nothing and suggests one', async ({ page }) => {
  await page.goto(chapter);
  await opener(page).click();
  for (let i = 0; i < 4; i++) await next(page).click();
  await flow(page).getByRole('button', { name: 'Yes, I sent it' }).click();
  await expect(flow(page).getByRole('link', { name: 'Start a no-contact plan' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBeNull();
});

test('without the flow opened, a chapter page loads none of its code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(chapter);
  await expect(opener(page)).toBeVisible();
  expect(scripts.filter((url) => /urge|preact/i.test(url))).toEqual([]);
  await opener(page).click();
  await expect(flow(page).getByRole('timer')).toBeVisible();
  expect(scripts.some((url) => /urge/.test(url))).toBe(true);
});

test.describe('the breathing circle', () => {
  test.use({ reducedMotion: 'reduce' });
  test('stands still when the reader asks for less motion', async ({ page }) => {
    await page.goto(chapter);
    await opener(page).click();
    await expect(flow(page).getByText('Breathe in for a count of four, and out for a count of six.')).toBeVisible();
    const animation = await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any step of the flow, ${scheme} theme`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(chapter);
    await opener(page).click();
    const found: string[] = [];
    for (const title of ['Breathe first', 'Why I am giving this space', 'Write it down', 'Call a friend instead', 'Did you send it?']) {
      await expect(stepHeading(page)).toHaveText(title);
      if (title === 'Why I am giving this space') {
        await flow(page).getByLabel('Add a reason').fill('For my own peace');
        await flow(page).getByRole('button', { name: 'Add' }).click();
        await flow(page).getByRole('button', { name: 'Edit: For my own peace' }).click();
        found.push(...(await axe(page)));
        await flow(page).getByRole('button', { name: 'Cancel' }).click();
      }
      found.push(...(await axe(page)));
      if (title !== 'Did you send it?') await next(page).click();
    }
    await flow(page).getByRole('button', { name: 'Yes, I sent it' }).click();
    found.push(...(await axe(page)));
    await page.goto('no-contact/');
    await page.getByLabel('Your message, unsent').fill('Kept');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await page.getByRole('button', { name: 'Show messages' }).click();
    await page.getByRole('button', { name: /^Delete the message from/ }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    found.push(...(await axe(page)));
    expect(found).toEqual([]);
  });
}
