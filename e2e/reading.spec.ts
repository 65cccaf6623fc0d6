import { GUIDE_PARTS, type GuidePart } from '../src/lib/chapters';
import { CHAPTERS, chapterUrl, expect, headerBottom, test } from './fixtures';

test.describe('reading the guide', () => {
  test('the home page lists every chapter in order, with its reading time', async ({ page }) => {
    await page.goto('./');
    const list = page.getByRole('region', { name: 'The chapters' }).getByRole('listitem');
    await expect(list).toHaveCount(CHAPTERS.length);
    for (const [i, chapter] of CHAPTERS.entries()) {
      const item = list.nth(i);
      await expect(item.getByRole('link')).toHaveText(chapter.title);
      await expect(item).toContainText(/\d+ min read/);
    }
  });

  test('the home page and a chapter show each part of the guide that has chapters, under its name', async ({ page }) => {
    const parts = [1, 2] as GuidePart[];
    for (const path of ['./', chapterUrl(CHAPTERS[0]!.slug)]) {
      await page.goto(path);
      for (const part of parts) {
        const heading = page.getByRole('heading', { name: `Part ${part}: ${GUIDE_PARTS[part].title}` });
        const count = CHAPTERS.filter((c) => c.part === part).length;
        await expect(heading, `${path}, part ${part}`).toHaveCount(count > 0 ? 1 : 0);
      }
    }
  });

  for (const chapter of CHAPTERS) {
    test(`the home page link to "${chapter.title}" opens it`, async ({ page }) => {
      await page.goto('./');
      await page.getByRole('region', { name: 'The chapters' }).getByRole('link', { name: chapter.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/guide/${chapter.slug}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
    });
  }

  test('"Start reading" opens the first chapter', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: /^Start reading/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHAPTERS[0]!.title);
  });

  test('a chapter shows its position, reading time and a table of contents', async ({ page }) => {
    const chapter = CHAPTERS[1]!;
    await page.goto(chapterUrl(chapter.slug));
    await expect(page).toHaveTitle(new RegExp(`^${chapter.title.replace(/[()]/g, '\\$&')} · `));
    await expect(page.getByText(`Chapter 2 of ${CHAPTERS.length}`)).toBeVisible();
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeVisible();
  });

  // One test per chapter: they run in parallel, and a failure names the chapter.
  for (const chapter of CHAPTERS) {
    test(`table-of-contents links in "${chapter.title}" land on their headings, below the sticky header`, async ({ page }) => {
      // Instant jumps keep the clicks fast; the landing spot is the same as with smooth scrolling.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(chapterUrl(chapter.slug));
      const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading).toHaveText((await link.textContent())!.trim());
        await expect(heading).toBeInViewport();
        const below = await headerBottom(page);
        await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(below);
        await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(below + 64);
      }
    });
  }

  test('Next walks the whole guide and Previous walks back', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
    await expect(pager.getByRole('link', { name: /Previous chapter/ })).toHaveCount(0);
    for (const chapter of CHAPTERS.slice(1)) {
      await pager.getByRole('link', { name: /Next chapter/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
    }
    await expect(pager.getByRole('link', { name: /Next chapter/ })).toHaveCount(0);
    await expect(pager.getByRole('link', { name: /Back to all chapters/ })).toBeVisible();
    for (const chapter of [...CHAPTERS].reverse().slice(1)) {
      await pager.getByRole('link', { name: /Previous chapter/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
    }
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(chapterUrl(CHAPTERS[0]!.slug));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('every internal link uses a trailing slash', async ({ page }) => {
    for (const path of ['./', chapterUrl(CHAPTERS[0]!.slug), 'help/', 'about/']) {
      await page.goto(path);
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const bad = hrefs.filter((href) => !/\/(#[\w-]*)?$/.test(href) && !/\.\w+$/.test(href));
      expect(bad, `links without a trailing slash on ${path}`).toEqual([]);
    }
  });
});

test.describe('reading progress, on this device', () => {
  test('finishing a chapter marks it read on the home page and in navigation, across reloads', async ({ page }) => {
    const chapter = CHAPTERS[2]!;
    await page.goto('./');
    const homeItem = page.getByRole('region', { name: 'The chapters' }).getByRole('listitem').nth(2);
    await expect(homeItem.getByText('Read', { exact: true })).toBeHidden();
    await expect(page.getByRole('link', { name: /Continue where you left off/ })).toBeHidden();

    await page.goto(chapterUrl(chapter.slug));
    // Opening alone does not count as reading.
    const nav = page.getByRole('navigation', { name: 'All chapters' });
    await expect(nav.getByRole('listitem').nth(2).getByText('Read', { exact: true })).toBeHidden();
    await page.getByRole('navigation', { name: 'Previous and next chapter' }).scrollIntoViewIfNeeded();
    await expect(nav.getByRole('listitem').nth(2).getByText('Read', { exact: true })).toBeVisible();
    await expect(nav.getByRole('listitem').nth(1).getByText('Read', { exact: true })).toBeHidden();

    await page.goto('./');
    await expect(homeItem.getByText('Read', { exact: true })).toBeVisible();
    await page.reload();
    await expect(homeItem.getByText('Read', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'The chapters' }).getByText('Read', { exact: true }).filter({ visible: true }),
    ).toHaveCount(1);
  });

  test('"Continue where you left off" returns to the last chapter opened', async ({ page }) => {
    const chapter = CHAPTERS[3]!;
    await page.goto(chapterUrl(chapter.slug));
    await page.goto('./');
    const resume = page.getByRole('link', { name: /Continue where you left off/ });
    await expect(resume).toContainText(chapter.title);
    await resume.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter reads in full', async ({ page }) => {
    for (const chapter of CHAPTERS) {
      await page.goto(chapterUrl(chapter.slug));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
      const takeaways = await page.getByTestId('takeaways').getByRole('listitem').count();
      expect(takeaways, `${chapter.slug} takeaways`).toBeGreaterThanOrEqual(3);
      expect(takeaways).toBeLessThanOrEqual(5);
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    }
  });

  test('the home page lists the chapters', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'The chapters' }).getByRole('link')).toHaveCount(CHAPTERS.length);
  });
});
