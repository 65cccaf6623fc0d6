import type { Page } from '@playwright/test';
import { expect, NOT_FOUND_LOG, SITE_PAGES, test } from './fixtures';

/*
 * Every page at the sizes WCAG 1.4.4 and 1.4.10 ask for: a small phone (320 CSS px,
 * also what 400% zoom makes of a 1280 px desktop window) and a 390 px phone with
 * the browser's text size at 200%. Nothing may scroll sideways, and no control may
 * be smaller than 24 × 24 CSS px (WCAG 2.5.8; links inside a sentence are exempt).
 */

interface Setting {
  name: string;
  width: number;
  height: number;
  /** The browser's text size as a share of its default (16 px). */
  textScale: number;
}

const SETTINGS: Setting[] = [
  { name: '320 px (a small phone, or 400% zoom of 1280 px)', width: 320, height: 640, textScale: 1 },
  { name: '390 px with text at 200%', width: 390, height: 844, textScale: 2 },
];

/** Controls narrower or shorter than 24 px, leaving out links that sit inside running text. */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (a closed menu, a hidden widget)
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // The visually hidden skip link until focused, and an input whose label is the target.
      if (el.matches('.skip-link, .visually-hidden, .visually-hidden *')) continue;
      if (el instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(el.type) && el.closest('label')) continue;
      if (
        el instanceof HTMLInputElement &&
        ['radio', 'checkbox'].includes(el.type) &&
        el.id &&
        document.querySelector(`label[for="${el.id}"]`)
      )
        continue;
      // WCAG 2.5.8's inline exception: a link in a sentence is sized by the text around it.
      if (el.tagName === 'A' && style.display === 'inline') continue;
      if (box.width < 24 - 0.5 || box.height < 24 - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        found.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
}

/** Words in the page's visible headings that break across two lines (a hyphen or slash between words is a fair place to break). */
async function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const heading of document.querySelectorAll('h1, h2, h3, h4')) {
      // Not the visually hidden ones: a 1 px box breaks every word.
      if (heading.getBoundingClientRect().width < 2 || !heading.checkVisibility()) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(`${heading.tagName.toLowerCase()} “${word[0]}”`);
        }
      }
    }
    return found;
  });
}

/** Sets the browser's own text-size setting: its default font sizes, which rem, em and em-based media queries follow. */
async function setTextScale(page: Page, textScale: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * textScale, fixed: 13 * textScale } });
}

for (const setting of SETTINGS) {
  test.describe(`at ${setting.name}`, () => {
    test.use({ viewport: { width: setting.width, height: setting.height }, allowedConsoleErrors: [NOT_FOUND_LOG] });

    for (const path of SITE_PAGES) {
      test(`${path} fits the width and every control is at least 24 × 24 px`, async ({ page }) => {
        if (setting.textScale !== 1) await setTextScale(page, setting.textScale);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
        expect.soft(await smallControls(page), `${path}: controls under 24 × 24 px`).toEqual([]);
        expect.soft(await brokenHeadingWords(page), `${path}: heading words cut across lines`).toEqual([]);
      });
    }
  });
}

test.describe('at 390 px with text at 200%', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header reflows into the menu: two rows at most, with "I want to text them" and quick exit in the bar', async ({ page }) => {
    await setTextScale(page, 2);
    for (const path of ['./', 'guide/absence/']) {
      await page.goto(path);
      const header = page.getByRole('banner');
      const { height } = (await header.boundingBox())!;
      expect(height, `${path}: header height`).toBeLessThanOrEqual(0.25 * 844);
      const bar = [
        header.getByRole('link', { name: 'After the Breakup' }),
        header.getByText('Menu', { exact: true }),
        header.getByRole('link', { name: 'I want to text them' }),
        header.getByRole('link', { name: 'Quick exit' }),
      ];
      const middles: number[] = [];
      for (const control of bar) {
        await expect(control, path).toBeInViewport();
        const box = (await control.boundingBox())!;
        middles.push(box.y + box.height / 2);
      }
      // A row is a run of controls whose middles lie within 16 px of the one before.
      const rows = middles.sort((a, b) => a - b).filter((y, i, all) => i === 0 || y - all[i - 1]! > 16).length;
      expect(rows, `${path}: rows in the header`).toBeLessThanOrEqual(2);
      // Search and the theme switch wait in the menu.
      const search = header.getByRole('link', { name: 'Search', exact: true });
      const theme = header.getByRole('button', { name: /^Switch to (dark|light) theme$/i });
      await expect(search).toBeHidden();
      await expect(theme).toBeHidden();
      await header.getByText('Menu', { exact: true }).click();
      await search.scrollIntoViewIfNeeded();
      await expect(search).toBeInViewport();
      await theme.scrollIntoViewIfNeeded();
      await expect(theme).toBeInViewport();
    }
  });
});

test.describe('headings on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const hyphens = (page: Page) => page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).hyphens);

  test('with text at 200% a long word is hyphenated where it must break; at 100% never', async ({ page }) => {
    await page.goto('guide/acceptance/');
    expect(await hyphens(page)).toBe('manual');
    await setTextScale(page, 2);
    await page.reload();
    expect(await hyphens(page)).toBe('auto');
  });
});

test.describe('on a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the header, the text and the footer start at one left edge', async ({ page }) => {
    for (const path of ['./', 'guide/absence/', 'today/', 'help/']) {
      await page.goto(path);
      const left = async (selector: string) => Math.round((await page.locator(selector).first().boundingBox())!.x);
      const brand = await left('.site-header .brand');
      // One row: every link inline, and the controls beside them.
      expect((await page.getByRole('banner').boundingBox())!.height, path).toBeLessThan(64);
      expect(await left('main h1'), path).toBe(brand);
      expect(await left('.site-footer .inner > *'), path).toBe(brand);
    }
  });

  test("a chapter's contents sit beside the text, stay in view while it scrolls, and mark the section in view", async ({ page }) => {
    await page.goto('guide/absence/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const prose = page.locator('.prose');
    const [tocBox, proseBox] = [(await toc.boundingBox())!, (await prose.boundingBox())!];
    expect(tocBox.x).toBeGreaterThan(proseBox.x + proseBox.width);
    const current = () =>
      page.evaluate(() => [...document.querySelectorAll('.toc a')].filter((a) => a.matches(':target-current')).map((a) => a.textContent));
    await expect.poll(current).toEqual(['Drop off the radar']);
    await page.mouse.wheel(0, 2500);
    await expect.poll(async () => (await toc.boundingBox())!.y).toBeLessThan(150);
    await expect(toc).toBeInViewport();
    // The section in view is the one highlighted.
    await expect.poll(current).not.toEqual(['Drop off the radar']);
    expect(await current()).toHaveLength(1);
  });
});
