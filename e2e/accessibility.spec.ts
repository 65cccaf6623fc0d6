import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, NOT_FOUND_LOG, SITE_PAGES, test } from './fixtures';

test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Axe's WCAG A and AA violations on the page, one line each. Every rule runs;
 * `resultTypes` only spares axe collecting every node of the rules that pass.
 */
async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 A and AA, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    // One test per page: they run in parallel, and a failure names the page.
    for (const path of SITE_PAGES) {
      test(`${path} has zero violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axe(page)).toEqual([]);
      });
    }

    test('widgets in use have zero violations: errors, results, a running plan, the pad', async ({ page }) => {
      test.setTimeout(60_000);
      const found: string[] = [];
      await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
      await page.goto('quiz/acceptance/');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      found.push(...(await axe(page)));
      await page.evaluate(() => localStorage.setItem('atb:v1:quiz:acceptance', JSON.stringify({ answers: {}, step: 0, done: true })));
      await page.goto('no-contact/');
      await page.getByLabel('Date of your last contact').fill('2026-10-20');
      await page.getByRole('button', { name: 'Start counting' }).click();
      await page.getByRole('button', { name: 'I contacted them' }).click();
      await page.getByLabel('Your message, unsent').fill('A message');
      await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
      await page.getByRole('button', { name: 'Start a 10-minute pause' }).click();
      found.push(...(await axe(page)));
      await page.goto('your-data/');
      await expect(page.getByRole('table')).toBeVisible();
      found.push(...(await axe(page)));
      await page.goto('quiz/dating-motives/');
      await page.getByRole('button', { name: 'Next' }).click();
      found.push(...(await axe(page)));
      expect(found).toEqual([]);
    });

    test('today: a running plan with a slip, a week of check-ins and a form with errors has zero violations', async ({ page }) => {
      test.setTimeout(60_000);
      const found: string[] = [];
      await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
      await page.goto('no-contact/');
      await page.getByLabel('Date of your last contact').fill('2026-11-10');
      await page.getByRole('button', { name: 'Start counting' }).click();
      await page.getByRole('button', { name: 'I contacted them' }).click();
      await page.getByLabel('When were you in touch?').fill('2026-11-24');
      await page.getByRole('button', { name: 'Record and restart the count' }).click();
      await page.goto('today/');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByLabel('Which day?')).toBeVisible();
      found.push(...(await axe(page)));
      for (let day = 21; day <= 27; day++) {
        await page.getByLabel('Which day?').fill(`2026-11-${day}`);
        await page
          .getByRole('group', { name: 'How do you feel?' })
          .getByRole('radio', { name: new RegExp(`^${(day % 5) + 1} `) })
          .check();
        await page
          .getByRole('group', { name: 'How strong is the pull to get in touch?' })
          .getByRole('radio', { name: String(day % 11), exact: true })
          .check();
        await page
          .getByRole('group', { name: /^Any contact/ })
          .getByRole('radio', { name: 'None', exact: true })
          .check();
        await page.getByRole('button', { name: /^Save/ }).click();
        await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
      }
      found.push(...(await axe(page)));
      expect(found).toEqual([]);
    });
  });
}

test.describe('keyboard', () => {
  test('the tracker can be set, slipped and exported with the keyboard alone, with visible focus', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await page.goto('no-contact/');
    const date = page.getByLabel('Date of your last contact');
    // The fields stay disabled until the page is interactive, as a reader sees them.
    await expect(date).toBeEnabled();
    await date.focus();
    await page.keyboard.type('10202026');
    const preset45 = page.getByRole('radio', { name: '45 days' });
    // The date field may hold a picker button after its day, month and year parts.
    for (let i = 0; i < 6 && !(await preset45.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(preset45).toBeFocused();
    // Visible focus: the focused control draws an outline.
    const outline = await preset45.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowRight'); // 60 days
    await page.keyboard.press('ArrowLeft'); // back to 45
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Start counting' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Day 38 of 45' })).toBeVisible();

    await page.getByRole('button', { name: 'I contacted them' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('When were you in touch?').focus();
    const note = page.getByLabel('A note for yourself (optional)');
    for (let i = 0; i < 6 && !(await note.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(note).toBeFocused();
    await page.keyboard.type('A note');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Record and restart the count' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Day 0 of 45' })).toBeVisible();
  });

  test('the skip link and every control show a focus outline', async ({ page }) => {
    await page.goto('./');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return { outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), tag: el.tagName };
      });
      expect(style.outline, `focus on ${style.tag}`).not.toBe('none');
      expect(style.width).toBeGreaterThanOrEqual(2);
    }
  });
});

test.describe('reflow', () => {
  // One test per page, both widths in it: a page load is cheap, a test's setup is not.
  for (const path of SITE_PAGES) {
    test(`${path} does not scroll sideways at 320 px (400% zoom) or at 640 px (200% zoom of a 1280 px window)`, async ({ page }) => {
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('turns off smooth scrolling and transitions', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const duration = await page
      .getByRole('link', { name: /^Copy link to section:/ })
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.01);
  });
});
