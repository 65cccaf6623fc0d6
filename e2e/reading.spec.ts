import type { Page } from '@playwright/test';
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
      // A chapter's "All chapters" is built as the reader comes near it.
      await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
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

  test('marking the section being read moves nothing in the contents, so a tap lands where it aims', async ({ page }) => {
    // At 412 px, "The first weekends and holidays alone" in bold wrapped to a second line and pushed
    // every link below it down as the marking changed: under load a test's tap landed on the wrong line.
    await page.goto(chapterUrl('looking-after-yourself'));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const boxes = () =>
      toc.evaluate((nav) => {
        const top = nav.getBoundingClientRect();
        return [...nav.querySelectorAll('a')].map((a) => {
          const box = a.getBoundingClientRect();
          return [box.x - top.x, box.y - top.y, box.width, box.height].map(Math.round).join(' ');
        });
      });
    const current = () => toc.evaluate((nav) => [...nav.querySelectorAll('a')].find((a) => a.matches(':target-current'))?.textContent);
    const before = await boxes();
    await toc.getByRole('link', { name: 'The first weekends and holidays alone' }).click();
    await expect.poll(current).toBe('The first weekends and holidays alone');
    expect(await boxes()).toEqual(before);
  });

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
    await expect(page.getByRole('link', { name: /^Next:/ })).toBeHidden();

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

  test('the home page sends a reader back to the chapter they opened last and left unfinished', async ({ page }) => {
    const chapter = CHAPTERS[3]!;
    await page.goto(chapterUrl(chapter.slug));
    await page.goto('./');
    const next = page.getByRole('link', { name: `Next: ${chapter.title}` });
    await expect(next).toBeVisible();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  });
});

/** Puts `items` in this device's storage, as earlier visits would have left them. */
async function seedStorage(page: Page, items: Record<string, string>) {
  await page.goto('./');
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, items);
  await page.reload();
}

test.describe('the home page knows the reader', () => {
  const intro = (page: Page) => page.getByRole('region', { name: /./ }).first();
  /** The reading buttons in the introduction: "Start reading", "Next", "Read again". */
  const readingLinks = (page: Page) => intro(page).getByRole('link', { name: /^(Start reading|Next|Read again|Continue)/ });

  test('a first-time reader sees the promise and one "Start reading" at the first chapter, and no cards', async ({ page }) => {
    await page.goto('./');
    await expect(intro(page)).toContainText('Nothing you type here is sent anywhere');
    await expect(readingLinks(page)).toHaveCount(1);
    await expect(readingLinks(page)).toHaveText(`Start reading: ${CHAPTERS[0]!.title}`);
    await expect(page.getByRole('link', { name: /^Today/ }).filter({ hasText: 'Your step and check-in' })).toBeHidden();
    await expect(page.getByText('Your latest self-check')).toBeHidden();
  });

  test('a returning reader sees one "Next" button at the first chapter not yet finished, and "Read again" at the end', async ({ page }) => {
    await seedStorage(page, {
      'atb:v1:read-chapters': JSON.stringify([CHAPTERS[0]!.slug, CHAPTERS[1]!.slug]),
      'atb:v1:last-chapter': CHAPTERS[1]!.slug,
    });
    await expect(readingLinks(page)).toHaveCount(1);
    await expect(readingLinks(page)).toHaveText(`Next: ${CHAPTERS[2]!.title}`);
    await expect(readingLinks(page)).toHaveAttribute('href', new RegExp(`/guide/${CHAPTERS[2]!.slug}/$`));

    await page.evaluate(
      (all) => localStorage.setItem('atb:v1:read-chapters', JSON.stringify(all)),
      CHAPTERS.map((c) => c.slug),
    );
    await page.reload();
    await expect(readingLinks(page)).toHaveCount(1);
    await expect(readingLinks(page)).toHaveText(`Read again: ${CHAPTERS[0]!.title}`);
    await readingLinks(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHAPTERS[0]!.title);
  });

  test('with a plan running and a self-check done, the reader sees the Today card and their latest result', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
    await seedStorage(page, {
      'atb:v1:read-chapters': JSON.stringify([CHAPTERS[0]!.slug]),
      'atb:v1:no-contact-plan': JSON.stringify({ lastContact: '2026-11-20', lengthDays: 30, slips: [] }),
      'atb:v1:quiz-history': JSON.stringify({
        acceptance: [
          { date: '2026-11-03', band: 'still-fighting' },
          { date: '2026-11-25', band: 'getting-there' },
        ],
      }),
    });
    await expect(readingLinks(page)).toHaveText(`Next: ${CHAPTERS[1]!.title}`);
    const today = page.getByRole('link', { name: /Your step and check-in/ });
    await expect(today).toContainText('Day 7 of 30');
    const latest = page.getByText('Your latest self-check').locator('..');
    await expect(latest).toContainText('Your latest self-check, 25 Nov');
    await expect(latest).toContainText('Getting there');
    await latest.getByRole('link', { name: 'Have you accepted the breakup?' }).click();
    await expect(page).toHaveURL(/\/quiz\/acceptance\/$/);
  });

  test('the menu lists the chapters, Today, the tracker, the self-checks, Help and Your data', async ({ page }) => {
    await page.goto('./');
    await page.getByText('Menu', { exact: true }).click();
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    for (const [name, href] of [
      ['Chapters', /\/$/],
      ['Today', /\/today\/$/],
      ['No contact', /\/no-contact\/$/],
      ['Self-checks', /\/#self-checks$/],
      ['Help', /\/help\/$/],
      ['Your data', /\/your-data\/$/],
    ] as const) {
      await expect(menu.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await menu.getByRole('link', { name: 'Self-checks', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Self-checks' })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter reads in full', async ({ page }) => {
    for (const chapter of CHAPTERS) {
      await page.goto(chapterUrl(chapter.slug));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'All chapters' }).getByRole('link')).toHaveCount(CHAPTERS.length);
      await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
      const takeaways = await page.getByTestId('takeaways').getByRole('listitem').count();
      expect(takeaways, `${chapter.slug} takeaways`).toBeGreaterThanOrEqual(3);
      expect(takeaways).toBeLessThanOrEqual(5);
      await expect(page.getByRole('button', { name: /theme$/ })).toBeHidden();
    }
  });

  test('the home page lists the chapters', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'The chapters' }).getByRole('link')).toHaveCount(CHAPTERS.length);
  });
});
