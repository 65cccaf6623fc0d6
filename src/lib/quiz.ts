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

/** The kinds of safety result, most urgent first: the order they are shown in when several apply. */
export const SAFETY_KINDS = ['crisis', 'abuse', 'request'] as const;

/** One of {@link SAFETY_KINDS}. */
export type SafetyKind = (typeof SAFETY_KINDS)[number];

/** Which safety result each flag calls for. */
export const SAFETY_KIND_OF: Readonly<Record<SafetyFlag, SafetyKind>> = {
  'self-harm': 'crisis',
  violence: 'abuse',
  threats: 'abuse',
  stalking: 'abuse',
  'coercive-control': 'abuse',
  'court-order': 'request',
  'no-contact-request': 'request',
};

/** The fixed words shown around a result's own text. */
export const RESULT_TEXT = {
  /** Under every safety and band result. */
  disclaimer: 'This is a self-check, not a diagnosis or a promise.',
  /** Names the scale of bands. */
  scale: 'Where your answers place you',
  /** Marks the reader's band on the scale. */
  here: 'You are here',
  /** Heads a band result's reasons. */
  reasons: 'From your answers:',
  /** Heads a band result's chapters. */
  chapters: 'Read next:',
  /** Leads into a band result's next step. */
  next: 'Next step:',
} as const;

/** The sentence that leads the answers holding a result back from `reached`, the band of the total alone. */
export function heldBackLead(reached: string): string {
  return `Your total alone would reach “${reached}”, but the guide reads these answers as signs to wait a little longer:`;
}

/** How many days remain until `until`, the least the guide asks for, after `days`. */
export function daysLeftText(days: number, until: number): string {
  const left = until - days;
  return `It has been ${days} ${days === 1 ? 'day' : 'days'}. The guide asks for at least ${until} days of no contact first, so there ${left === 1 ? 'is 1 day' : `are ${left} days`} to go.`;
}

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
 * {@link scoreQuiz} when any safety option was chosen: the kinds of safety
 * result the flags call for, most urgent first ({@link SAFETY_KINDS}). Each is
 * shown with its words from `SAFETY_SECTIONS` (quiz-words.ts, which the page
 * hands to the island as data, keeping them out of its script), followed by
 * {@link RESULT_TEXT}'s disclaimer.
 */
export interface SafetyResult {
  kind: 'safety';
  /** The flags chosen, in {@link SAFETY_FLAGS} order. */
  flags: SafetyFlag[];
  /** At least one, most urgent first. */
  kinds: SafetyKind[];
}

/** One band on a result's scale, lowest first. */
export interface ScaleStep {
  id: string;
  title: string;
  /** True for the band of the result. */
  current: boolean;
}

/**
 * {@link scoreQuiz} for complete answers without a safety option. Shown, in
 * order: the band's title; the scale; the explanation; `wait`; `heldBack`
 * (its lead and reasons); the reasons; the band's chapters and next step, each
 * list headed by its {@link RESULT_TEXT} label.
 */
export interface BandResult {
  kind: 'band';
  /** The total. */
  score: number;
  /** The band of the result: the total's, or lower when a capping answer holds it back. */
  band: Band;
  /** Every band, lowest first, the result's marked. */
  scale: ScaleStep[];
  /** Up to 3 sentences from the reader's own answers, lowest-scoring first, none of them in `heldBack`. */
  reasons: string[];
  /** When capping answers hold the result below the total's band: {@link heldBackLead} and each such answer's reason. */
  heldBack?: { lead: string; reasons: string[] };
  /** When the days answered fall in a capped range: {@link daysLeftText} until the first range without a cap. */
  wait?: string;
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

/** The bands lowest first. */
function sortedBands(quiz: Pick<Quiz, 'bands'>): Band[] {
  return [...quiz.bands].sort((a, b) => a.min - b.min);
}

/** The safety result for `flags` (at least one): each kind of result they call for, once, most urgent first. */
export function safetyResult(flags: SafetyFlag[]): SafetyResult {
  const kinds = new Set(flags.map((f) => SAFETY_KIND_OF[f]));
  return { kind: 'safety', flags, kinds: SAFETY_KINDS.filter((k) => kinds.has(k)) };
}

/** One scored part of the answers: an option or a day range, with its points, reason and cap. */
interface Part {
  score: number;
  reason?: string | undefined;
  caps?: string | undefined;
}

/**
 * Scores a quiz. Safety first: any chosen option with a safety flag gives the
 * safety result, whatever else was or was not answered. Otherwise, unanswered
 * questions give `incomplete`; otherwise the total's band, held down to the
 * lowest band any chosen answer caps it at, with the answers that held it back,
 * up to three other reasons from the reader's answers (lowest-scoring first,
 * quiz order on ties), and for a capped day range the days still to go.
 * @throws Error when no band covers the total, or a cap names no band (the quiz did not pass {@link quizSchema}).
 */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const flags = safetyFlags(quiz, answers);
  if (flags.length > 0) return safetyResult(flags);

  const missing = missingAnswers(quiz, answers);
  if (missing.length > 0) return { kind: 'incomplete', missing };

  const bands = sortedBands(quiz);
  const rank = (id: string) => {
    const i = bands.findIndex((b) => b.id === id);
    if (i < 0) throw new Error(`No band has the id "${id}"`);
    return i;
  };
  let score = 0;
  let wait: string | undefined;
  const scored: Part[] = [];
  for (const q of quiz.questions) {
    const answer = answers[q.id];
    let parts: Part[];
    if (q.kind === 'days' && typeof answer === 'number') {
      const range = dayRangeFor(q, answer)!;
      parts = [range];
      if (range.caps !== undefined) {
        const free = q.ranges?.find((r) => r.min > range.min && r.caps === undefined);
        if (free) wait = daysLeftText(answer, free.min);
      }
    } else {
      parts = chosenOptions(q, answer);
    }
    for (const part of parts) score += part.score;
    scored.push(...parts);
  }
  const reached = bandFor(quiz, score);
  if (!reached) throw new Error(`No band covers the score ${score}`);
  const reachedRank = bands.indexOf(reached);
  const limit = Math.min(reachedRank, ...scored.flatMap((p) => (p.caps === undefined ? [] : [rank(p.caps)])));
  const band = bands[limit]!;
  const holding = limit < reachedRank ? scored.filter((p) => p.caps !== undefined && rank(p.caps) < reachedRank) : [];
  const held = [...new Set(holding.flatMap((p) => (p.reason === undefined ? [] : [p.reason])))];
  // Array.prototype.sort is stable, so equal scores keep quiz order.
  const reasons = [
    ...new Set(
      scored
        .filter((s): s is Part & { reason: string } => s.reason !== undefined && !held.includes(s.reason))
        .sort((a, b) => a.score - b.score)
        .map((s) => s.reason),
    ),
  ].slice(0, 3);
  return {
    kind: 'band',
    score,
    band,
    scale: bands.map((b) => ({ id: b.id, title: b.title, current: b === band })),
    reasons,
    ...(limit < reachedRank ? { heldBack: { lead: heldBackLead(reached.title), reasons: held } } : {}),
    ...(wait === undefined ? {} : { wait }),
  };
}

/** The bands in score order, lowest first, and the totals possible: the key for scoring by hand. */
export function scoringKey(quiz: Quiz): { min: number; max: number; bands: { min: number; max: number; title: string }[] } {
  return {
    ...scoreRange(quiz),
    bands: sortedBands(quiz).map(({ min, max, title }) => ({ min, max, title })),
  };
}

/** A day range as readers see it: "0–20 days", "1 day", "45 days or more". */
export function dayRangeLabel(range: DayRange): string {
  if (range.max === undefined) return `${range.min} days or more`;
  if (range.max === range.min) return `${range.min} ${range.min === 1 ? 'day' : 'days'}`;
  return `${range.min}–${range.max} days`;
}
