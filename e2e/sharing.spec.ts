import type { Page } from '@playwright/test';
import { CHAPTERS, chapterUrl, expect, headerBottom, test } from './fixtures';

/** The canonical origin the build uses (SITE_URL's default). */
const SITE = process.env['SITE_URL'] || 'http://localhost:4321';
const BASE = process.env['BASE_PATH'] || '/';
const canonical = (path: string) => `${SITE}${BASE}${path}`;

test.describe('sharing a chapter', () => {
  const chapter = CHAPTERS[2]!;
  const opener = (page: Page) => page.getByRole('button', { name: 'Share this chapter' });
  const panel = (page: Page) => page.getByRole('group', { name: 'Share this chapter' });

  test('offers the device share sheet where there is one, with the canonical URL only, and closes behind it', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.defineProperty(window, '__shares', { value: calls });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    await panel(page).getByRole('button', { name: 'Share with an app' }).click();
    const shares = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shares).toEqual([{ title: chapter.title, url: canonical(`guide/${chapter.slug}/`) }]);
    await expect(panel(page)).toBeHidden();
    await expect(opener(page)).toBeFocused();
  });

  test('lists the private ways first, then the public networks, each with its icon and name', async ({ page }) => {
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    const links = panel(page).getByRole('link');
    await expect(links).toHaveText(['Email', 'Messages', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'Reddit']);
    await expect(panel(page).getByRole('list', { name: 'Post publicly' }).getByRole('link')).toHaveText(['X', 'Facebook', 'Reddit']);
    for (const link of await links.all()) {
      // The icon is a mask drawn on the link's ::before, so its name is the service's alone.
      const icon = await link.evaluate((a) => {
        const style = getComputedStyle(a, '::before');
        return { mask: style.maskImage, width: parseFloat(style.width) };
      });
      expect(icon.mask).toMatch(/^url\("data:image\/svg\+xml/);
      expect(icon.width).toBeGreaterThan(0);
      await expect(link).toHaveAccessibleName((await link.textContent())!.trim());
      expect(decodeURIComponent((await link.getAttribute('href'))!)).toContain(canonical(`guide/${chapter.slug}/`));
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(panel(page).getByRole('link', { name: 'Messages' })).toHaveAttribute('href', /^sms:/);
    await expect(panel(page).getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:/);
  });

  test('Copy link puts the canonical URL on the clipboard and says so beside the button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    const copy = panel(page).getByRole('button', { name: 'Copy link' });
    await copy.click();
    const status = panel(page).getByRole('status');
    await expect(status).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(`guide/${chapter.slug}/`));
    const button = (await copy.boundingBox())!;
    const said = (await status.boundingBox())!;
    expect(said.y).toBeGreaterThanOrEqual(button.y + button.height - 1);
    expect(said.y).toBeLessThan(button.y + button.height + 40);
  });

  test('works from the keyboard: Enter opens, Tab reaches the links, Escape closes and focus returns to the button', async ({ page }) => {
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('link', { name: 'Email' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(opener(page)).toBeFocused();
    // And again, closing straight after opening.
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(opener(page)).toBeFocused();
  });

  test('closes on a tap outside it', async ({ page }) => {
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    await expect(panel(page)).toBeVisible();
    const box = (await panel(page).boundingBox())!;
    // Above the panel (on a phone it is a sheet along the bottom edge).
    await page.touchscreen.tap(box.x + 20, Math.max(box.y - 40, 5));
    await expect(panel(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  });

  test('closes on a click outside it on a wide screen, where it opens under the button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    const button = (await opener(page).boundingBox())!;
    const box = (await panel(page).boundingBox())!;
    expect(box.y).toBeGreaterThan(button.y + button.height - 1);
    expect(box.y).toBeLessThan(button.y + button.height + 24);
    await page.mouse.click(box.x + box.width + 200, box.y + 20);
    await expect(panel(page)).toBeHidden();
  });

  test('loads no third-party script and sends no request when the panel opens', async ({ page }) => {
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
    });
    await page.goto(chapterUrl(chapter.slug));
    await opener(page).click();
    await expect(page.getByRole('link', { name: 'Reddit' })).toBeVisible();
    expect(external).toEqual([]);
  });
});

test.describe('sharing without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the panel still opens and lists the plain links', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    await page.getByRole('button', { name: 'Share this chapter' }).click();
    const panel = page.getByRole('group', { name: 'Share this chapter' });
    await expect(panel.getByRole('link', { name: 'Email' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});

test.describe('links to headings', () => {
  test('each heading permalink copies its URL, and opening it lands below the header', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const chapter = CHAPTERS[1]!;
    await page.goto(chapterUrl(chapter.slug));
    const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: 'See it from their side' });
    const id = await heading.getAttribute('id');
    const permalink = page.getByRole('link', { name: 'Copy link to section: See it from their side' });
    await heading.hover();
    await expect(permalink).toHaveCSS('opacity', '1');
    await permalink.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}${new URL(page.url()).pathname}#${id}`,
    );
    await expect(page.locator('[data-announcer]')).toHaveText('Link to “See it from their side” copied');

    await page.goto(`${chapterUrl(chapter.slug)}#${id}`);
    await expect(heading).toBeInViewport();
    const top = (await heading.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
    expect(top).toBeLessThan((await headerBottom(page)) + 64);
  });

  test('the permalink shows on keyboard focus', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    const permalink = page.getByRole('link', { name: /^Copy link to section:/ }).first();
    await expect(permalink).not.toHaveCSS('opacity', '1');
    await permalink.focus();
    await expect(permalink).toHaveCSS('opacity', '1');
  });
});

test.describe('search', () => {
  test('loads no search code until opened, then finds a phrase and opens its chapter', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\/|\/search\.js/.test(r.url())) searchRequests.push(r.url());
    });
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    await page.waitForLoadState('networkidle');
    expect(searchRequests, 'search code loaded before search was opened').toEqual([]);

    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox', { name: 'Search the guide' });
    await expect(input).toBeFocused();
    await input.fill('story views');
    await expect(dialog.getByRole('status')).toContainText(/match/);
    expect(searchRequests.some((u) => u.includes('/pagefind/'))).toBe(true);
    const result = dialog.getByRole('link', { name: 'Absence makes the heart grow fonder' });
    await expect(result).toBeVisible();
    await dialog.getByRole('link', { name: /All contact means all contact/ }).click();
    await expect(page).toHaveURL(/\/guide\/absence\/#all-contact-means-all-contact$/);
    await expect(page.getByRole('heading', { name: 'All contact means all contact' })).toBeInViewport();
  });

  test('opens with the / key and closes with Escape', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('zyxwvut');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Nothing found for “zyxwvut”');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Search link opens the whole guide on one page', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The whole guide on one page');
    for (const chapter of CHAPTERS) await expect(page.getByRole('heading', { level: 2, name: chapter.title })).toBeVisible();
  });
});

test.describe('printing', () => {
  test('hides navigation, sharing and widgets, and keeps the text', async ({ page }) => {
    await page.goto('guide/best-foot-forward/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByText('Share this chapter')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Previous and next chapter' })).toBeHidden();
    await expect(page.locator('[data-island="tracker"]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
  });
});
