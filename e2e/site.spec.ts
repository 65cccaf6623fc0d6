import { CHAPTERS, chapterUrl, expect, NOT_FOUND_LOG, test } from './fixtures';

test.use({ allowedConsoleErrors: [NOT_FOUND_LOG] });

test.describe('the site shell', () => {
  test('an unknown address shows a real 404 page with a way back', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here');
    await page.getByRole('link', { name: 'Go to the start of the guide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/breakup/i);
  });

  // One test per page: they run in parallel, and a failure names the page.
  for (const path of ['./', ...CHAPTERS.map((c) => chapterUrl(c.slug)), 'help/', 'about/', 'no-such-page/']) {
    test(`Help and About are in the footer of ${path}`, async ({ page }) => {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: /where to find help/i })).toHaveAttribute('href', /\/help\/$/);
      await expect(footer.getByRole('link', { name: 'In danger: get help' })).toHaveAttribute('href', /\/help\/#danger$/);
      await expect(footer.getByRole('link', { name: 'Thinking of harming yourself: crisis lines' })).toHaveAttribute(
        'href',
        /\/help\/#crisis$/,
      );
      await expect(footer.getByRole('link', { name: 'About this guide' })).toHaveAttribute('href', /\/about\/$/);
    });
  }

  test('the footer links open Help and About', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: /where to find help/i })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where to find help');
    await page.getByRole('contentinfo').getByRole('link', { name: 'About this guide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this guide');
  });

  test('the footer sends a reader in danger, or in crisis, straight to that section of the help page', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const [link, heading] of [
      ['In danger: get help', 'You are in danger from someone'],
      ['Thinking of harming yourself: crisis lines', 'You are thinking of harming yourself'],
    ] as const) {
      await page.goto('./');
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeInViewport();
    }
  });

  test('the top of the help page links each section, and every call link is easy to tap', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('help/');
    const now = page.getByRole('navigation', { name: 'Get help now' });
    await expect(now.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
    await expect(now.getByRole('link', { name: '000' })).toHaveAttribute('href', 'tel:000');
    for (const name of ['You are in danger from someone', 'You are thinking of harming yourself', 'You are struggling']) {
      await now.getByRole('link', { name: new RegExp(name) }).click();
      await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
    }
    const calls = page.locator('a[href^="tel:"]');
    expect(await calls.count()).toBeGreaterThan(12);
    for (const box of await calls.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    const crisis = page.getByRole('region', { name: 'You are thinking of harming yourself' });
    await expect(crisis.getByRole('link', { name: 'Call 116 123' }).first()).toHaveAttribute('href', 'tel:116123');
    await expect(crisis.getByRole('link', { name: 'Call 988' }).first()).toHaveAttribute('href', 'tel:988');
  });

  test('the help page points to emergency numbers and a helpline directory, with plain links', async ({ page }) => {
    await page.goto('help/');
    await expect(page.getByText(/Call your emergency number now/).first()).toBeVisible();
    const directory = page.getByRole('main').getByRole('link', { name: 'findahelpline.com' }).first();
    await expect(directory).toHaveAttribute('href', 'https://findahelpline.com');
    await expect(directory).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.locator('iframe, embed, object')).toHaveCount(0);
  });

  test('the theme toggle remembers the choice across reloads, without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    // The button says what pressing it does.
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    // Both labels are in the markup; CSS shows the one that fits the page's theme.
    await expect(toggle).toContainText('Dark theme', { useInnerText: true });
    await expect(toggle).not.toContainText('Light theme', { useInnerText: true });
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toContainText('Light theme', { useInnerText: true });
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).not.toContainText('Dark theme', { useInnerText: true });
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeFocused();
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

    // The stored theme is applied by the inline head script, before any bundled
    // script runs: serve the bundles empty and the page must still be dark.
    await page.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(chapterUrl(CHAPTERS[0]!.slug), { waitUntil: 'load' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  });

  test('with no stored choice, the theme follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways at 320 px, and body text is at least 18 px', async ({ page }) => {
    for (const path of ['./', ...CHAPTERS.map((c) => chapterUrl(c.slug)), 'help/', 'about/', 'no-such-page/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      // The longest paragraph stands for the body text (kickers and captions are smaller on purpose).
      const size = await page.getByRole('main').evaluate((main) => {
        const paragraphs = [...main.querySelectorAll('p')].sort((a, b) => b.textContent!.length - a.textContent!.length);
        return parseFloat(getComputedStyle(paragraphs[0]!).fontSize);
      });
      expect(size, `paragraph font size on ${path}`).toBeGreaterThanOrEqual(18);
    }
  });
});

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('chapter text keeps a comfortable measure of about 65 characters', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    const ratio = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => {
        const probe = document.createElement('span');
        probe.textContent = '0';
        p.appendChild(probe);
        const ch = probe.getBoundingClientRect().width;
        probe.remove();
        return p.getBoundingClientRect().width / ch;
      });
    expect(ratio).toBeGreaterThan(55);
    expect(ratio).toBeLessThanOrEqual(66);
  });
});
