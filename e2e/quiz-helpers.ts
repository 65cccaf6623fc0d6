import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { RESULT_TEXT, scoreQuiz, type Answers, type BandResult, type Question, type Quiz, type ResultLink } from '../src/lib/quiz';
import { SAFETY_SECTIONS } from '../src/lib/quiz-words';
import { withBase } from '../src/lib/url';
import { CHAPTERS, chapterUrl } from './fixtures';

/** A quiz as its YAML file defines it. */
export function loadQuiz(id: string): Quiz {
  return parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')) as Quiz;
}

/** The quizzes, by id. */
export const QUIZ_IDS = ['acceptance', 'ready-to-reach-out', 'dating-motives'] as const;

/** How to answer a question in a scripted run. */
export type Pick = { kind: 'option'; index: number } | { kind: 'days'; days: number };

/**
 * Answers for a whole quiz that avoid every safety option: the highest- or
 * lowest-scoring safe option of each question (one option for several-choice
 * questions), and 60 or 0 days.
 */
export function plan(quiz: Quiz, aim: 'high' | 'low'): { picks: Pick[]; answers: Answers } {
  const picks: Pick[] = [];
  const answers: Answers = {};
  for (const q of quiz.questions) {
    if (q.kind === 'days') {
      const days = aim === 'high' ? 60 : 0;
      picks.push({ kind: 'days', days });
      answers[q.id] = days;
      continue;
    }
    const options = (q.options ?? []).map((o, index) => ({ ...o, index })).filter((o) => !o.safety);
    options.sort((a, b) => (aim === 'high' ? b.score - a.score : a.score - b.score));
    const chosen = options[0]!;
    picks.push({ kind: 'option', index: chosen.index });
    answers[q.id] = q.kind === 'multiple' ? [chosen.id] : chosen.id;
  }
  return { picks, answers };
}

/** The result title the scorer gives `answers`. */
export function expectedTitle(quiz: Quiz, answers: Answers): string {
  const result = scoreQuiz(quiz, answers);
  if (result.kind === 'incomplete') throw new Error('incomplete answers in test plan');
  return result.kind === 'safety' ? SAFETY_SECTIONS[result.kinds[0]!].title : result.band.title;
}

/** The quiz widget on the page. */
export const quizRegion = (page: Page) => page.locator('[data-island="quiz"]').first();

/** The base path the site is served under, as in playwright.config.ts. */
const BASE = process.env['BASE_PATH'] || '/';

/** A link as a reader meets it: its text, where it goes, and whether it opens a new tab without a referrer. */
export interface ShownLink {
  name: string;
  href: string;
  newTab: boolean;
}

/** Every word a result shows, in reading order, and its links: what a reader sees, or what the scorer says they should see. */
export interface ShownResult {
  heading: string;
  emphasised: string[];
  paragraphs: string[];
  listItems: string[];
  links: ShownLink[];
}

/** Whitespace as a browser shows it: runs collapsed to one space (YAML folds lines with newlines). */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A result link as the page should render it: site paths under the base path, other sites in a new tab. */
export function shownLink(link: ResultLink): ShownLink {
  return { name: link.label, href: link.external ? link.href : withBase(BASE, link.href), newTab: link.external };
}

/**
 * What the page must show for a band result, built only from the result (the
 * band as the quiz's YAML has it), RESULT_TEXT and the chapters' titles: a
 * word on the page that is not here came from the island.
 */
export function expectedBandResult({ band, reasons, scale, heldBack, wait }: BandResult, history?: string): ShownResult {
  const chapters = band.chapters.map((slug) => ({
    name: CHAPTERS.find((c) => c.slug === slug)!.title,
    href: withBase(BASE, `/${chapterUrl(slug)}`),
    newTab: false,
  }));
  return {
    heading: squash(band.title),
    emphasised: [RESULT_TEXT.next],
    paragraphs: [
      RESULT_TEXT.scale,
      squash(band.explanation),
      ...(wait ? [wait] : []),
      ...(heldBack ? [heldBack.lead] : []),
      ...(reasons.length > 0 ? [RESULT_TEXT.reasons] : []),
      RESULT_TEXT.chapters,
      `${RESULT_TEXT.next} ${squash(band.next)}`,
      ...(history ? [history] : []),
      RESULT_TEXT.disclaimer,
    ],
    listItems: [
      ...scale.map((step) => (step.current ? `${step.title} ${RESULT_TEXT.here}` : step.title)),
      ...(heldBack?.reasons ?? []).map(squash),
      ...reasons.map(squash),
      ...chapters.map((c) => c.name),
    ],
    links: chapters,
  };
}

/** What the result on the page shows: its heading, emphasis, paragraphs, list items and links, in reading order. */
export async function shownResult(result: Locator): Promise<ShownResult> {
  const links: ShownLink[] = [];
  for (const link of await result.getByRole('link').all()) {
    const [rel, target] = [await link.getAttribute('rel'), await link.getAttribute('target')];
    const newTab = rel === 'noopener noreferrer' && target === '_blank';
    expect(newTab || (rel === null && target === null), `link "${await link.innerText()}" half opens a new tab`).toBe(true);
    links.push({ name: squash(await link.innerText()), href: (await link.getAttribute('href')) ?? '', newTab });
  }
  return {
    heading: squash(await result.getByRole('heading').first().innerText()),
    emphasised: (await result.getByRole('strong').allInnerTexts()).map(squash),
    paragraphs: (await result.getByRole('paragraph').allInnerTexts()).map(squash),
    listItems: (await result.getByRole('listitem').allInnerTexts()).map(squash),
    links,
  };
}

/**
 * Answers the question on screen with the keyboard alone, then presses Next
 * (or "See my result"). Focus starts on the question's heading, where the quiz
 * puts it after each step.
 */
export async function answerByKeyboard(page: Page, question: Question, pick: Pick): Promise<void> {
  // The quiz moves focus to each new question's heading once it has rendered; wait for it,
  // and for the quiz to be live (its controls are disabled until hydrated).
  await expect(page.locator(':focus')).toHaveText(/^Question \d+ of \d+$/);
  await expect(page.getByRole('button', { name: /^(Next|See my result)$/ })).toBeEnabled();
  if (pick.kind === 'days') {
    await page.keyboard.press('Tab'); // the days field
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(pick.days));
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.press('Tab'); // into the group
  if (question.kind === 'single') {
    // Arrow keys move the selection inside a radio group; Space selects the focused one.
    for (let i = 0; i < pick.index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < pick.index; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await expect(page.locator(':focus')).toBeChecked();
  // Tab on to Next ("See my result" on the last question), past Back and the other options.
  const focused = page.locator(':focus');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (/^(Next|See my result)$/.test(((await focused.textContent()) ?? '').trim())) break;
  }
  await expect(focused).toHaveText(/^(Next|See my result)$/);
  await page.keyboard.press('Enter');
}
