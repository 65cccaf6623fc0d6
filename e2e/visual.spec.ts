import type { Page } from '@playwright/test';
import { scoreQuiz } from '../src/lib/quiz';
import { CHAPTERS, chapterUrl, expect, test } from './fixtures';
import { loadQuiz, plan } from './quiz-helpers';

// Screenshots of six pages at a phone's and a laptop's width, in the light and
// the dark theme, compared with the images in e2e/__screenshots__/visual.spec.ts/
// (tolerance and path: playwright.config.ts). After a change to the look:
//   npm run build && npm run test:e2e -- e2e/visual.spec.ts --update-snapshots=all
// then look at the new images before committing them.
//
// First screens only, except Today: a chapter or the tracker in full would be a
// tall image each (about 400 KB), and what lies below their first screen is made
// of the same parts. Today is shot whole because its chart, drawn by the page
// itself, appears nowhere else.

// Friday 27 November 2026, mid-morning: every screenshot shows this day.
const NOW = new Date('2026-11-27T10:00:00');

const quiz = loadQuiz('acceptance');
// The low-scoring answers: a band result with the reasons list, the fullest result page.
const { answers } = plan(quiz, 'low');
const result = scoreQuiz(quiz, answers);
if (result.kind !== 'band') throw new Error(`expected a band result, got ${result.kind}`);

/** A week of check-ins up to today, with a note, a slip of contact and a rising mood. */
const CHECK_INS = [
  { date: '2026-11-21', mood: 2, pull: 8, contact: 'none' },
  { date: '2026-11-22', mood: 2, pull: 7, contact: 'they-reached-out', note: 'They texted about the dog.' },
  { date: '2026-11-23', mood: 3, pull: 6, contact: 'none' },
  { date: '2026-11-24', mood: 2, pull: 6, contact: 'none' },
  { date: '2026-11-25', mood: 3, pull: 5, contact: 'none', note: 'Walked by the river after work.' },
  { date: '2026-11-26', mood: 4, pull: 4, contact: 'none' },
  { date: '2026-11-27', mood: 4, pull: 3, contact: 'none' },
];

/**
 * A reader five weeks into a 45-day plan: day 38 on 27 November, two chapters
 * read, a week of check-ins, a finished self-check, an unsent message and two
 * reasons. The theme stays 'system', so the colour scheme below decides it.
 */
const SEED: Record<string, string> = {
  'atb:v1:read-chapters': JSON.stringify(CHAPTERS.slice(0, 2).map((c) => c.slug)),
  'atb:v1:last-chapter': CHAPTERS[1]!.slug,
  'atb:v1:no-contact-plan': JSON.stringify({
    lastContact: '2026-10-20',
    lengthDays: 45,
    slips: [{ date: '2026-10-20', dayReached: 5, previousLastContact: '2026-10-15' }],
  }),
  'atb:v1:check-ins': JSON.stringify(CHECK_INS),
  'atb:v1:unsent-messages': JSON.stringify([{ id: 'm1', savedAt: '2026-11-20T21:00:00.000Z', text: 'I keep rereading our old messages.' }]),
  'atb:v1:reasons': JSON.stringify([
    { id: 'r1', text: 'Every call opened it all up again.' },
    { id: 'r2', text: 'I want to sleep through the night.' },
  ]),
  'atb:v1:quiz:acceptance': JSON.stringify({ answers, step: quiz.questions.length, done: true }),
  'atb:v1:quiz-history': JSON.stringify({ acceptance: [{ date: '2026-11-27', band: result.band.id }] }),
};

/** One page to photograph: where it is, and what must be on screen before the shot. */
interface Shot {
  name: string;
  path: string;
  /** The whole page (short pages) or only the first screen (long ones: a chapter). */
  fullPage: boolean;
  /** Waits until the page shows the seeded state, with every lazy part in the shot loaded. */
  ready: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    name: 'home',
    path: './',
    fullPage: false,
    ready: async (page) => {
      await expect(page.getByRole('link', { name: /Day 38 of 45/ })).toBeVisible();
      await expect(page.getByText('Your latest self-check')).toBeVisible();
    },
  },
  {
    name: 'chapter',
    path: chapterUrl(CHAPTERS[0]!.slug),
    fullPage: false,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: CHAPTERS[0]!.title })).toBeVisible();
    },
  },
  {
    name: 'quiz-result',
    path: 'quiz/acceptance/',
    fullPage: false,
    ready: async (page) => {
      await expect(page.getByRole('region', { name: result.band.title }).getByRole('heading').first()).toBeVisible();
    },
  },
  {
    name: 'today',
    path: 'today/',
    fullPage: true,
    ready: async (page) => {
      await expect(page.getByRole('img', { name: 'Day 38 of 45' })).toBeVisible();
      // The chart's code loads as it scrolls near (src/widgets/shared/Deferred.tsx).
      await page.getByRole('heading', { name: 'Your check-ins' }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('figure', { name: 'How your days have felt' })).toBeVisible();
    },
  },
  {
    name: 'tracker',
    path: 'no-contact/',
    fullPage: false,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Day 38 of 45' })).toBeVisible();
      // The pad starts as it scrolls near; its saved message is counted (folded) once it has.
      await page.locator('[data-island="pad"]').scrollIntoViewIfNeeded();
      await expect(page.getByRole('heading', { name: 'Your unsent messages (1)' })).toBeVisible();
    },
  },
  {
    name: 'your-data',
    path: 'your-data/',
    fullPage: false,
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Stored on this device' }).getByText('7 check-ins')).toBeVisible();
    },
  },
];

const WIDTHS = [
  { name: '390', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: '1280', viewport: { width: 1280, height: 800 }, isMobile: false },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name: width, viewport, isMobile } of WIDTHS) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      // One CSS pixel per device pixel: the images stay small, and the phone is still a phone (isMobile, touch).
      test.use({ colorScheme, viewport, isMobile, hasTouch: isMobile, deviceScaleFactor: 1 });

      test.beforeEach(async ({ page }) => {
        await page.clock.install({ time: NOW });
        await page.addInitScript((seed) => {
          for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
        }, SEED);
      });

      for (const shot of SHOTS) {
        test(shot.name, async ({ page }) => {
          await page.goto(shot.path);
          await shot.ready(page);
          await page.evaluate(() => document.fonts.ready);
          await page.evaluate(() => window.scrollTo(0, 0));
          // Animations off, caret hidden, tolerance: playwright.config.ts.
          await expect(page).toHaveScreenshot(`${shot.name}-${width}-${colorScheme}.png`, { fullPage: shot.fullPage });
        });
      }
    });
  }
}
