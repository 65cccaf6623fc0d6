import { helpPath } from './help';
import { SAFETY_FLAGS, scoreRange, type SafetyFlag } from './quiz-core';
import type { Band, DayRange, Option, Question, Quiz } from './quiz-schema';

// Re-exported so that callers of the scorer need one import.
export { DAYS_SINCE_CONTACT, SAFETY_FLAGS, scoreRange } from './quiz-core';
export type { Prefill, QuestionKind, SafetyFlag } from './quiz-core';
export type { Band, DayRange, Option, Question, Quiz } from './quiz-schema';

/** A link in a quiz result. */
export interface ResultLink {
  /** The link text. */
  readonly label: string;
  /** A path on this site without the base path (`/help/`), or an `https:` URL of another site. */
  readonly href: string;
  /** True for another site's URL: it opens in a new tab, without a referrer. */
  readonly external: boolean;
}

/** A piece of a result paragraph, read in order: plain text, emphasised text, or a link. */
export type Run = string | { readonly strong: string } | { readonly link: ResultLink };

/** A paragraph of a result whose text is not all plain: its runs, in reading order. */
export type Paragraph = readonly Run[];

/** The text a paragraph reads as: its runs joined, emphasis dropped, links by their labels. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : run.link.label)).join('');
}

/** Where the safety result sends the reader (without the site's base path): the help page's section for readers in danger. */
export const HELP_PATH = helpPath('danger');

/** The safety result's link to the help page. */
export const HELP_LINK: ResultLink = {
  label: 'When not to try to get back together, and where to find help',
  href: HELP_PATH,
  external: false,
};

/** The help page's crisis lines, by country. */
export const CRISIS_LINK: ResultLink = { label: 'a crisis line', href: helpPath('crisis'), external: false };

/** A directory of free, confidential helplines in every country. */
export const HELPLINE_LINK: ResultLink = { label: 'findahelpline.com', href: 'https://findahelpline.com', external: true };

/** Title of the safety result. */
export const SAFETY_TITLE = 'Your safety comes first';

/** Put first in the safety result, set apart, when the reader chose the self-harm option. */
export const SELF_HARM_MESSAGE: Paragraph = [
  { strong: 'If you are thinking about harming yourself, please call your local emergency number now' },
  ', or call ',
  { link: CRISIS_LINK },
  '. In other countries, ',
  { link: HELPLINE_LINK },
  ' lists free, confidential helplines. You do not have to carry this on your own.',
];

/** The body of every safety result. */
export const SAFETY_MESSAGE =
  'Where there has been violence, threats, stalking or coercive control, or where there is a court order or a request never to be contacted, reconnecting is not the goal, and the plan in this guide is not the right one for you. Keeping your distance protects you and respects what has been asked. Your score does not matter here. The help page lists people who can listen and help, in confidence.';

/** The fixed words shown around a result's own text. */
export const RESULT_TEXT = {
  /** Under every safety and band result. */
  disclaimer: 'This is a self-check, not a diagnosis or a promise.',
  /** Heads a band result's reasons. */
  reasons: 'From your answers:',
  /** Heads a band result's chapters. */
  chapters: 'Read next:',
  /** Leads into a band result's next step. */
  next: 'Next step:',
} as const;

/** An answer. single: an option id; multiple: option ids (at least one, no repeats); days: a whole number, 0 or more. */
export type Answer = string | string[] | number;

/** Answers keyed by question id. */
export type Answers = Record<string, Answer>;

/** {@link scoreQuiz} when some questions have no valid answer and no safety option was chosen. */
export interface IncompleteResult {
  kind: 'incomplete';
  /** Ids of the questions without a valid answer, in quiz order. */
  missing: string[];
}

/**
 * {@link scoreQuiz} when any safety option was chosen. Every word it shows is
 * here, in reading order: `title`, then `urgent` (when present), `paragraphs`,
 * and `help`, followed by {@link RESULT_TEXT}'s disclaimer.
 */
export interface SafetyResult {
  kind: 'safety';
  /** The flags chosen, in {@link SAFETY_FLAGS} order. */
  flags: SafetyFlag[];
  /** {@link SAFETY_TITLE}. */
  title: string;
  /** {@link SELF_HARM_MESSAGE}, only when the reader chose the self-harm option: shown first, set apart. */
  urgent?: Paragraph;
  /** Plain paragraphs: {@link SAFETY_MESSAGE}. */
  paragraphs: readonly string[];
  /** {@link HELP_LINK}: link it, with the site's base path, in a paragraph of its own. */
  help: ResultLink;
}

/**
 * {@link scoreQuiz} for complete answers without a safety option. Shown as the
 * band's title and explanation, the reasons, the band's chapters and next step,
 * each list headed by its {@link RESULT_TEXT} label.
 */
export interface BandResult {
  kind: 'band';
  /** The total. */
  score: number;
  /** The band whose range holds the total. */
  band: Band;
  /** Up to 3 sentences from the reader's own answers, lowest-scoring first. */
  reasons: string[];
}

/** The outcome of {@link scoreQuiz}. */
export type QuizResult = IncompleteResult | SafetyResult | BandResult;

/**
 * Messages, one per problem, for the quiz's own chapter and each band chapter
 * that is not among `chapterSlugs`; empty when every reference exists.
 */
export function checkQuizChapters(quiz: Quiz, chapterSlugs: readonly string[]): string[] {
  const known = new Set(chapterSlugs);
  const problems: string[] = [];
  if (!known.has(quiz.chapter)) problems.push(`The quiz's chapter "${quiz.chapter}" does not exist`);
  for (const band of quiz.bands) {
    for (const chapter of band.chapters) {
      if (!known.has(chapter)) problems.push(`Band "${band.title}" names chapter "${chapter}", which does not exist`);
    }
  }
  return problems;
}

/** The range a number of days falls in, if any. */
function dayRangeFor(question: Question, days: number): DayRange | undefined {
  return question.ranges?.find((r) => days >= r.min && (r.max === undefined || days <= r.max));
}

/**
 * True when `answer` is a valid answer to `question`: for single, a known
 * option id; for multiple, a non-empty list of known option ids without
 * repeats; for days, a whole number, 0 or more, that a range scores.
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  const known = new Set((question.options ?? []).map((o) => o.id));
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && known.has(answer);
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length && answer.every((id) => known.has(id));
    case 'days':
      return typeof answer === 'number' && Number.isSafeInteger(answer) && answer >= 0 && dayRangeFor(question, answer) !== undefined;
  }
}

/** Ids of the questions without a valid answer, in quiz order. */
export function missingAnswers(quiz: Quiz, answers: Answers): string[] {
  return quiz.questions.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id);
}

/** The options a reader chose for `question`: known ids only, so a partly invalid answer still counts them. */
function chosenOptions(question: Question, answer: Answer | undefined): Option[] {
  if (question.kind === 'days' || answer === undefined || typeof answer === 'number') return [];
  const ids = new Set(typeof answer === 'string' ? [answer] : answer);
  return (question.options ?? []).filter((o) => ids.has(o.id));
}

/**
 * The safety flags of every chosen option, deduped, in {@link SAFETY_FLAGS}
 * order. Known option ids count even when the rest of an answer is invalid:
 * with safety, a false alarm costs less than a missed one.
 */
export function safetyFlags(quiz: Quiz, answers: Answers): SafetyFlag[] {
  const flags = new Set<SafetyFlag>();
  for (const q of quiz.questions) {
    for (const option of chosenOptions(q, answers[q.id])) if (option.safety) flags.add(option.safety);
  }
  return SAFETY_FLAGS.filter((f) => flags.has(f));
}

/** The band a total falls in, if any. */
function bandFor(quiz: Pick<Quiz, 'bands'>, score: number): Band | undefined {
  return quiz.bands.find((b) => score >= b.min && score <= b.max);
}

/**
 * Scores a quiz. Safety first: any chosen option with a safety flag gives the
 * safety result, whatever else was or was not answered. Otherwise, unanswered
 * questions give `incomplete`; otherwise the total's band, with up to three
 * reasons from the reader's answers, lowest-scoring first (quiz order on ties).
 * @throws Error when no band covers the total (the quiz did not pass {@link quizSchema}).
 */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const flags = safetyFlags(quiz, answers);
  if (flags.length > 0) {
    return {
      kind: 'safety',
      flags,
      title: SAFETY_TITLE,
      ...(flags.includes('self-harm') ? { urgent: SELF_HARM_MESSAGE } : {}),
      paragraphs: [SAFETY_MESSAGE],
      help: HELP_LINK,
    };
  }

  const missing = missingAnswers(quiz, answers);
  if (missing.length > 0) return { kind: 'incomplete', missing };

  let score = 0;
  const scored: { score: number; reason: string | undefined }[] = [];
  for (const q of quiz.questions) {
    const answer = answers[q.id];
    const parts: { score: number; reason?: string | undefined }[] =
      q.kind === 'days' && typeof answer === 'number' ? [dayRangeFor(q, answer)!] : chosenOptions(q, answer);
    for (const part of parts) {
      score += part.score;
      scored.push({ score: part.score, reason: part.reason });
    }
  }
  const band = bandFor(quiz, score);
  if (!band) throw new Error(`No band covers the score ${score}`);
  // Array.prototype.sort is stable, so equal scores keep quiz order.
  const reasons = [
    ...new Set(
      scored
        .filter((s): s is { score: number; reason: string } => s.reason !== undefined)
        .sort((a, b) => a.score - b.score)
        .map((s) => s.reason),
    ),
  ].slice(0, 3);
  return { kind: 'band', score, band, reasons };
}

/** The bands in score order, lowest first, and the totals possible: the key for scoring by hand. */
export function scoringKey(quiz: Quiz): { min: number; max: number; bands: { min: number; max: number; title: string }[] } {
  return {
    ...scoreRange(quiz),
    bands: [...quiz.bands].sort((a, b) => a.min - b.min).map(({ min, max, title }) => ({ min, max, title })),
  };
}

/** A day range as readers see it: "0–20 days", "1 day", "45 days or more". */
export function dayRangeLabel(range: DayRange): string {
  if (range.max === undefined) return `${range.min} days or more`;
  if (range.max === range.min) return `${range.min} ${range.min === 1 ? 'day' : 'days'}`;
  return `${range.min}–${range.max} days`;
}
