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

for (const setting of SETTINGS) {
  test.describe(`at ${setting.name}`, () => {
    test.use({ viewport: { width: setting.width, height: setting.height }, allowedConsoleErrors: [NOT_FOUND_LOG] });

    for (const path of SITE_PAGES) {
      test(`${path} fits the width and every control is at least 24 × 24 px`, async ({ page }) => {
        if (setting.textScale !== 1) {
          // The browser's own text-size setting: its default font sizes, which rem, em and em-based media queries follow.
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Page.enable');
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * setting.textScale, fixed: 13 * setting.textScale } });
        }
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
        expect.soft(await smallControls(page), `${path}: controls under 24 × 24 px`).toEqual([]);
      });
    }
  });
}

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
