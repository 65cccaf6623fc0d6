import { CHAPTERS, chapterUrl, expect, headerBottom, test } from './fixtures';

/** The canonical origin the build uses (SITE_URL's default). */
const SITE = process.env['SITE_URL'] || 'http://localhost:4321';
const BASE = process.env['BASE_PATH'] || '/';
const canonical = (path: string) => `${SITE}${BASE}${path}`;

test.describe('sharing a chapter', () => {
  const chapter = CHAPTERS[2]!;

  test('uses the device share sheet where there is one, with the canonical URL only', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.defineProperty(window, '__shares', { value: calls });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await page.goto(chapterUrl(chapter.slug));
    await page.getByText('Share this chapter').click();
    const shares = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shares).toEqual([{ title: chapter.title, url: canonical(`guide/${chapter.slug}/`) }]);
    // The fallback menu stays closed when the sheet opened.
    await expect(page.getByRole('link', { name: 'WhatsApp' })).toBeHidden();
  });

  test('falls back to a menu: Copy link puts the canonical URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.goto(chapterUrl(chapter.slug));
    await page.getByText('Share this chapter').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied', { exact: true }).first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(`guide/${chapter.slug}/`));
    await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
    for (const name of ['Email', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'Reddit']) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(decodeURIComponent((await link.getAttribute('href'))!)).toContain(canonical(`guide/${chapter.slug}/`));
    }
  });

  test('loads no third-party script and sends no request when the menu opens', async ({ page }) => {
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
    });
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.goto(chapterUrl(chapter.slug));
    await page.getByText('Share this chapter').click();
    await expect(page.getByRole('link', { name: 'Reddit' })).toBeVisible();
    expect(external).toEqual([]);
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
