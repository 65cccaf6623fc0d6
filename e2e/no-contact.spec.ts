import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, openPad, test } from './fixtures';

const PLAN_KEY = 'atb:v1:no-contact-plan';
/** 10:00 local time on 27 November 2026, in whatever time zone the browser runs. */
const NOV_27 = '2026-11-27T10:00:00';

const tracker = (page: Page) => page.locator('[data-island="tracker"]').first();
const dayHeading = (page: Page) => tracker(page).getByRole('heading', { name: /^Day \d+/ });

/** Unfolds the plan form under "Edit plan" when a plan is running (the form stands open without one). */
async function openPlanForm(page: Page) {
  const details = tracker(page).locator('details.edit-plan');
  if ((await details.count()) > 0 && (await details.getAttribute('open')) === null) await details.locator('summary').click();
}

async function setPlan(page: Page, lastContact: string, length: '30' | '45' | '60' | number) {
  await openPlanForm(page);
  await page.getByLabel('Date of your last contact').fill(lastContact);
  if (typeof length === 'number') {
    await page.getByRole('radio', { name: 'Another length' }).check();
    await page.getByLabel('Number of days (21 to 365)').fill(String(length));
  } else {
    await page.getByRole('radio', { name: `${length} days` }).check();
  }
  await page.getByRole('button', { name: /Start counting|Update my plan/ }).click();
}

test.describe('no-contact tracker', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
  });

  test('the worked example: 45 days from 20 October is day 38 on 27 November, ending 4 December', async ({ page }) => {
    await page.goto('no-contact/');
    await expect(page.getByLabel('Date of your last contact')).toHaveValue('2026-11-27');
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    const end = tracker(page).locator('time[datetime="2026-12-04"]');
    await expect(end).toHaveText('Friday 4 December 2026');
    await expect(tracker(page).getByText('Days left').locator('..')).toContainText('7');
    const bar = tracker(page).getByRole('progressbar');
    await expect(bar).toHaveAccessibleName(/day 38 of 45/);
    await expect(bar).toHaveAttribute('value', '38');
    await expect(tracker(page).getByText('Enjoy your life')).toBeVisible();
    await expect(tracker(page).getByRole('link', { name: 'Happiness is the best form of payback' })).toBeVisible();
  });

  test('each preset and a custom length give the right end date', async ({ page }) => {
    await page.goto('no-contact/');
    const cases: [Parameters<typeof setPlan>[2], string, RegExp][] = [
      ['30', '2026-11-19', /^Day 38: your 30 days are complete$/],
      ['45', '2026-12-04', /^Day 38 of 45$/],
      ['60', '2026-12-19', /^Day 38 of 60$/],
      [50, '2026-12-09', /^Day 38 of 50$/],
      [365, '2027-10-20', /^Day 38 of 365$/],
    ];
    for (const [length, end, heading] of cases) {
      await setPlan(page, '2026-10-20', length);
      await expect(dayHeading(page)).toHaveText(heading);
      await expect(tracker(page).locator(`time[datetime="${end}"]`)).toBeVisible();
    }
    await expect(page.getByText(/longer than the guide’s rule of thumb/)).toBeVisible();
    await page.getByLabel('Number of days (21 to 365)').fill('29');
    await expect(page.getByText(/The guide asks for at least a month \(30 days\)/)).toBeVisible();
  });

  test('a custom length runs from 21 to 365 days, with a note under 30 that the guide asks for a month', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await openPlanForm(page);
    await page.getByRole('radio', { name: 'Another length' }).check();
    const custom = page.getByLabel('Number of days (21 to 365)');
    const save = page.getByRole('button', { name: 'Update my plan' });
    for (const [value, message] of [
      ['20', /^The guide asks for at least a month, so the tracker needs 21 days or more\. Choose between 21 and 365 days\.$/],
      ['366', /^The tracker counts up to 365 days\. Choose between 21 and 365 days\.$/],
    ] as const) {
      await custom.fill(value);
      await save.click();
      await expect(custom).toHaveAttribute('aria-invalid', 'true');
      await expect(tracker(page).getByText(message)).toBeVisible();
      await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    }
    await custom.fill('21');
    const note = tracker(page).getByText(/^The guide asks for at least a month \(30 days\) of no contact\./);
    await expect(note).toBeVisible();
    expect(((await custom.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(await note.getAttribute('id'));
    await save.click();
    await expect(custom).not.toHaveAttribute('aria-invalid', 'true');
    await expect(dayHeading(page)).toHaveText(/^Day 38: your 21 days are complete$/);
    await expect(tracker(page).getByText(/^(Stage: )?The end of your no-contact period$/)).toBeVisible();
  });

  test('the finished period points to the readiness self-check', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '30');
    await tracker(page)
      .getByRole('link', { name: /Are you ready to end no contact\?/ })
      .click();
    await expect(page).toHaveURL(/\/quiz\/ready-to-reach-out\/$/);
    // The safety question comes first; the days, filled in from the tracker, next.
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await page.getByLabel('None of these').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel('Number of days')).toHaveValue('38');
  });

  test('the count moves on at local midnight', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T23:59:30') });
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await page.clock.runFor('01:00');
    await expect(dayHeading(page)).toHaveText('Day 39 of 45');
  });

  test('the count is right when the page is shown again on a later day (back/forward cache)', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T23:59:00') });
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    // A night passes while the page sits frozen in the back/forward cache: no timer runs.
    await page.clock.setSystemTime(new Date('2026-11-28T08:00:00'));
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    // Coming back from the cache, the browser fires pageshow (persisted) on the same document.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(dayHeading(page)).toHaveText('Day 39 of 45');
  });

  test('two time zones count the same days for the same local dates', async ({ browser }) => {
    const plan = JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London']) {
      const context = await browser.newContext({ timezoneId, baseURL: test.info().project.use.baseURL! });
      const page = await context.newPage();
      // 12:00 UTC on 27 November is 27 November in all three zones (02:00 the 28th in Kiritimati would not be).
      await page.clock.install({ time: new Date('2026-11-27T12:00:00Z') });
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PLAN_KEY, plan]);
      await page.goto('no-contact/');
      const expected = timezoneId === 'Pacific/Kiritimati' ? 'Day 39 of 45' : 'Day 38 of 45';
      await expect(dayHeading(page), timezoneId).toHaveText(expected);
      await context.close();
    }
  });

  test('a slip restarts the count, shows in the history, and can be undone', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByRole('button', { name: 'I contacted them' }).click();
    await page.getByLabel('When were you in touch?').fill('2026-11-20');
    await page.getByLabel('A note for yourself (optional)').fill('Saw their photo and texted');
    await page.getByRole('button', { name: 'Record and restart the count' }).click();
    await expect(dayHeading(page)).toHaveText('Day 7 of 45');
    // The confirmation shows right under the button the reader used, in view, and is announced politely.
    const recorded = tracker(page).getByRole('status').filter({ hasText: 'Slip recorded' });
    await expect(recorded).toHaveText('Slip recorded. Your count starts again from that day.');
    await expect(recorded).toBeInViewport();
    const button = (await page.getByRole('button', { name: 'I contacted them' }).boundingBox())!;
    const said = (await recorded.boundingBox())!;
    expect(said.y).toBeGreaterThanOrEqual(button.y + button.height - 1);
    expect(said.y).toBeLessThan(button.y + button.height + 40);
    const history = tracker(page).getByRole('list', { name: 'Your history' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history).toContainText('Friday 20 November 2026: in touch after 31 days');
    await expect(history).toContainText('Saw their photo and texted');
    await page.reload();
    await expect(dayHeading(page)).toHaveText('Day 7 of 45');
    await page.getByRole('button', { name: 'Undo the last slip' }).click();
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await expect(tracker(page).getByRole('list', { name: 'Your history' })).toHaveCount(0);
    await expect(tracker(page).getByRole('status').filter({ hasText: 'Last slip undone.' })).toBeInViewport();
  });

  test('"Add to calendar" warns that calendars sync, and downloads a valid .ics with no personal notes and discreet titles', async ({
    page,
  }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByRole('button', { name: 'I contacted them' }).click();
    await page.getByLabel('When were you in touch?').fill('2026-10-25');
    await page.getByLabel('A note for yourself (optional)').fill('private words');
    await page.getByRole('button', { name: 'Record and restart the count' }).click();

    await expect(tracker(page).getByText(/Calendars often sync to other devices/)).toBeVisible();

    // The end of the period; with stages also the starts of days 2, 5 and 7.
    for (const [withStages, count] of [
      [false, 1],
      [true, 4],
    ] as const) {
      await page.getByLabel('Include the start of each stage').setChecked(withStages);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add to calendar/ }).click()]);
      expect(download.suggestedFilename()).toBe('milestones.ics');
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).not.toContain('private words');
      expect(text).not.toMatch(/^(SUMMARY|DESCRIPTION|X-WR-CALNAME):.*\b(ex|contact|breakup)\b/im);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events).toHaveLength(count);
      const end = events.at(-1)!;
      expect(end.summary).toBe('Day 45: a milestone');
      expect(end.startDate.isDate).toBe(true);
      expect(end.startDate.toString()).toBe('2026-12-09'); // 45 days from the slip on 25 October
      expect(end.endDate.toString()).toBe('2026-12-10');
      expect(text).toContain('DTSTART;VALUE=DATE:20261209');
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
  });

  test('the calendar file can hold a daily 8 pm reminder until the period ends, read by an independent parser', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByLabel(/Add a daily reminder at 8 pm/).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add to calendar/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const reminder = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .find((event) => event.summary === 'A minute for yourself')!;
    expect(reminder.startDate.toString()).toBe('2026-11-27');
    expect(reminder.isRecurring()).toBe(true);
    const days: string[] = [];
    const it = reminder.iterator();
    for (let next = it.next(); next; next = it.next()) days.push(next.toString());
    expect(days).toEqual(['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    const alarm = reminder.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT20H');
    expect(text).not.toMatch(/^(SUMMARY|DESCRIPTION):.*\b(ex|contact|breakup)\b/im);
  });

  test('every bad input gets its own message, tied to its field, and the plan stays', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await openPlanForm(page);
    const date = page.getByLabel('Date of your last contact');
    const save = page.getByRole('button', { name: 'Update my plan' });

    const expectFieldError = async (field: ReturnType<Page['getByLabel']>, message: RegExp) => {
      await save.click();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
      const error = tracker(page).getByText(message);
      await expect(error).toBeVisible();
      expect(ids).toContain(await error.getAttribute('id'));
      await expect(dayHeading(page)).toHaveText('Day 38 of 45');
      await expect(tracker(page).locator('time[datetime="2026-12-04"]')).toBeVisible();
      await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date|undefined/);
    };

    await date.fill('');
    await expectFieldError(date, /^Enter the date of your last contact\.$/);
    await date.fill('2026-11-28');
    await expectFieldError(date, /can't be in the future/);
    await date.fill('2021-11-26');
    await expectFieldError(date, /more than 5 years ago/);
    // 30 February, typed: the date field cannot hold it and reports bad input.
    await date.fill('');
    await date.click();
    await page.keyboard.type('02302026');
    await expectFieldError(date, /^That date doesn’t exist\. Check the day and the month\.$/);

    await date.fill('2026-10-20');
    await openPlanForm(page);
    await page.getByRole('radio', { name: 'Another length' }).check();
    const custom = page.getByLabel('Number of days (21 to 365)');
    const lengthCases: [string, RegExp][] = [
      ['', /Enter how many days/],
      ['0', /at least one day/],
      ['-5', /can't be negative/],
      ['45.5', /whole days only/i],
      ['abc', /in digits/],
      ['6', /needs 21 days or more/],
      ['20', /needs 21 days or more/],
      ['400', /up to 365 days/],
    ];
    for (const [value, message] of lengthCases) {
      await custom.fill(value);
      await expectFieldError(custom, message);
    }
    await page.reload();
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
  });

  test('the same plan stays in step across two tabs', async ({ page, context }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    const other = await context.newPage();
    await other.clock.install({ time: new Date(NOV_27) });
    await other.goto('no-contact/');
    await expect(dayHeading(other)).toHaveText('Day 38 of 45');
    await setPlan(page, '2026-10-20', '60');
    await expect(dayHeading(other)).toHaveText('Day 38 of 60');
    await other.close();
  });

  test('after a slip the form shows the new day 0, and changing the length keeps the restart (defect 2)', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByRole('button', { name: 'I contacted them' }).click();
    await page.getByLabel('When were you in touch?').fill('2026-11-20');
    await page.getByRole('button', { name: 'Record and restart the count' }).click();
    await expect(dayHeading(page)).toHaveText('Day 7 of 45');
    await expect(page.getByLabel('Date of your last contact')).toHaveValue('2026-11-20');
    await openPlanForm(page);
    await page.getByRole('radio', { name: '60 days' }).check();
    await page.getByRole('button', { name: 'Update my plan' }).click();
    await expect(dayHeading(page)).toHaveText('Day 7 of 60');
    // Typing the old date back in is refused, not a quiet undo.
    await openPlanForm(page);
    await page.getByLabel('Date of your last contact').fill('2026-10-20');
    await page.getByRole('button', { name: 'Update my plan' }).click();
    await expect(page.getByText(/You logged contact on Friday 20 November 2026/)).toBeVisible();
    await page.reload();
    await expect(dayHeading(page)).toHaveText('Day 7 of 60');
  });

  test('a slip logged in another tab shows in this tab’s form before it is saved (defect 2)', async ({ page, context }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    const other = await context.newPage();
    await other.clock.install({ time: new Date(NOV_27) });
    await other.goto('no-contact/');
    await expect(other.getByLabel('Date of your last contact')).toHaveValue('2026-10-20');
    await page.getByRole('button', { name: 'I contacted them' }).click();
    await page.getByLabel('When were you in touch?').fill('2026-11-20');
    await page.getByRole('button', { name: 'Record and restart the count' }).click();
    await expect(other.getByLabel('Date of your last contact')).toHaveValue('2026-11-20');
    await openPlanForm(other);
    await other.getByRole('radio', { name: '60 days' }).check();
    await other.getByRole('button', { name: 'Update my plan' }).click();
    await expect(dayHeading(other)).toHaveText('Day 7 of 60');
    await expect(dayHeading(page)).toHaveText('Day 7 of 60');
    await other.close();
  });

  test('number and note fields have limits, and private text stays away from spell-checkers (defects 7, 9)', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await openPlanForm(page);
    await page.getByRole('radio', { name: 'Another length' }).check();
    const custom = page.getByLabel(/^Number of days/);
    await custom.fill('9'.repeat(100_000));
    await expect(custom).toHaveValue('9'.repeat(8));
    await page.getByRole('button', { name: 'Update my plan' }).click();
    await expect(page.getByText('The tracker counts up to 365 days. Choose between 21 and 365 days.')).toBeVisible();
    await page.getByRole('button', { name: 'I contacted them' }).click();
    const note = page.getByLabel('A note for yourself (optional)');
    await expect(note).toHaveAttribute('maxlength', '500');
    await expect(note).toHaveAttribute('spellcheck', 'false');
    await expect(note).toHaveAttribute('autocomplete', 'off');
  });

  test('a running plan shows the count first, with the form folded under "Edit plan" (issue 13)', async ({ page }) => {
    await page.goto('no-contact/');
    await expect(page.getByLabel('Date of your last contact')).toBeVisible();
    await page.getByLabel('Date of your last contact').fill('2026-10-20');
    await page.getByRole('button', { name: 'Start counting' }).click();
    await expect(dayHeading(page)).toBeFocused();
    await expect(tracker(page).getByRole('status').filter({ hasText: /./ })).toHaveText('Plan saved on this device.');
    await expect(page.getByLabel('Date of your last contact')).toBeHidden();
    const edit = tracker(page).getByText('Edit plan', { exact: true });
    const countTop = (await dayHeading(page).boundingBox())!.y;
    expect(countTop).toBeLessThan((await edit.boundingBox())!.y);
    await edit.click();
    await expect(page.getByLabel('Date of your last contact')).toHaveValue('2026-10-20');
    await page.reload();
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await expect(page.getByLabel('Date of your last contact')).toBeHidden();
    // Only starting a plan moves focus; opening the page with one running does not.
    await expect(dayHeading(page)).not.toBeFocused();
  });

  test('"They contacted me" and "Logistics only" are noted without restarting the count (issue 13)', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByRole('button', { name: 'They contacted me' }).click();
    await page.getByLabel('When?').fill('2026-11-20');
    await page.getByRole('button', { name: 'Note it; my count goes on' }).click();
    const noticed = tracker(page).getByRole('status').filter({ hasText: /./ });
    await expect(noticed).toHaveText('Noted. They got in touch; your count goes on.');
    // Under the buttons the reader used, not at the top of the tracker.
    expect((await noticed.boundingBox())!.y).toBeGreaterThan((await page.getByRole('button', { name: 'Logistics only' }).boundingBox())!.y);
    await page.getByRole('button', { name: 'Logistics only' }).click();
    await page.getByRole('button', { name: 'Note it; my count goes on' }).click();
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    const noted = tracker(page).getByRole('list', { name: 'When they got in touch, or it was practical' });
    await expect(noted.getByRole('listitem')).toHaveText([
      /Friday 20 November 2026: they got in touch/,
      /Friday 27 November 2026: logistics only/,
    ]);
    await page.reload();
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
    await expect(noted.getByRole('listitem')).toHaveCount(2);
    await noted.getByRole('button', { name: /^Remove logistics only/ }).click();
    await expect(noted.getByRole('listitem')).toHaveCount(1);
  });

  test('the home page shows the running count', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.goto('./');
    await expect(page.getByRole('link', { name: /Today\s*Day 38 of 45\s*7 days left/ })).toBeVisible();
  });

  test('erasing the plan needs a confirmation', async ({ page }) => {
    await page.goto('no-contact/');
    await setPlan(page, '2026-10-20', '45');
    await page.getByRole('button', { name: 'Stop tracking and erase this plan' }).click();
    await page.getByRole('button', { name: 'Keep it', exact: true }).click();
    await expect(dayHeading(page)).toBeVisible();
    await page.getByRole('button', { name: 'Stop tracking and erase this plan' }).click();
    await page.getByRole('button', { name: 'Yes, erase it' }).click();
    await expect(dayHeading(page)).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBeNull();
  });
});

test.describe('unsent-message pad', () => {
  test('saves, lists newest first, deletes one and then all', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    await openPad(page);
    const box = page.getByLabel('Your message, unsent');
    await box.fill('First thing I wanted to say');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await expect(page.getByText('Saved on this device. It was not sent to anyone.')).toBeVisible();
    await page.clock.runFor('02:00');
    await box.fill('Second, later');
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    // The list is folded until the reader asks to see it.
    await expect(page.getByText('First thing I wanted to say')).toBeHidden();
    await page.getByRole('button', { name: 'Show messages' }).click();
    const list = page.getByRole('list').filter({ hasText: 'First thing' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').first()).toContainText('Second, later');
    await page.reload();
    await page.getByRole('button', { name: 'Show messages' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Delete the message from/ })
      .click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Delete all messages' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await expect(page.getByText('First thing I wanted to say')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('atb:v1:unsent-messages'))).toBeNull();
  });

  test('an empty message is not saved', async ({ page }) => {
    await openPad(page);
    await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
    await expect(page.getByText('Write something first. Nothing was saved.')).toBeVisible();
  });

  test('the 10-minute pause counts down and ends', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    await openPad(page);
    await page.getByRole('button', { name: 'Start a 10-minute pause' }).click();
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText('10:00');
    await page.clock.runFor('01:01');
    // The page clock keeps flowing between steps, so allow a few seconds either way.
    await expect(timer).toHaveText(/^8:5\d$/);
    await page.clock.runFor('09:00');
    await expect(page.getByText(/Ten minutes have passed/)).toBeVisible();
  });
});

test.describe('the tracker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('explains how to count by hand, with a table of 30, 45 and 60 days', async ({ page }) => {
    await page.goto('no-contact/');
    await expect(page.getByRole('heading', { name: 'Count your days by hand' })).toBeVisible();
    const table = page.getByRole('table', { name: 'If your last contact was on 1 June' });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table).toContainText('45 days');
    await expect(table).toContainText('16 July');
    await expect(page.getByRole('button', { name: 'Start counting' })).toBeHidden();
  });
});

test.describe('the tracker inside a chapter', () => {
  test('loads when scrolled into view and counts', async ({ page }) => {
    await page.clock.install({ time: new Date(NOV_27) });
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (/\/Tracker\.[\w-]+\.js/.test(r.url())) loaded.push(r.url());
    });
    await page.goto('guide/best-foot-forward/');
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await tracker(page).scrollIntoViewIfNeeded();
    await expect.poll(() => loaded.length).toBeGreaterThan(0);
    await setPlan(page, '2026-10-20', '45');
    await expect(dayHeading(page)).toHaveText('Day 38 of 45');
  });
});
