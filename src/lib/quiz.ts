import { SAFETY_FLAGS, scoreRange, type SafetyFlag } from './quiz-core';
import type { Band, DayRange, Option, Question, Quiz } from './quiz-schema';

// Re-exported so that callers of the scorer need one import.
export { DAYS_SINCE_CONTACT, PREFILLS, QUESTION_KINDS, SAFETY_FLAGS, scoreRange } from './quiz-core';
export type { Prefill, QuestionKind, SafetyFlag } from './quiz-core';
export type { Band, DayRange, Option, Question, Quiz } from './quiz-schema';

/** Where the safety result sends the reader (without the site's base path). */
export const HELP_PATH = '/help/';

/** Title of the safety result. */
export const SAFETY_TITLE = 'Your safety comes first';

/** Put first in the safety result when the reader chose the self-harm option. */
export const SELF_HARM_MESSAGE =
  'If you are having thoughts of harming yourself, please call your local emergency number now, or find a free, confidential helpline near you at findahelpline.com. You do not have to carry this on your own.';

/** The body of every safety result. */
export const SAFETY_MESSAGE =
  'Where there has been violence, threats, stalking or coercive control, or where there is a court order or a request never to be contacted, reconnecting is not the goal, and the plan in this guide is not the right one for you. Keeping your distance protects you and respects what has been asked. Your score does not matter here. The help page lists people who can listen and help, in confidence.';

/** An answer. single: an option id; multiple: option ids (at least one, no repeats); days: a whole number, 0 or more. */
export type Answer = string | string[] | number;

/** Answers keyed by question id. */
export type Answers = Record<string, Answer>;

/** The outcome of {@link scoreQuiz}. */
export type QuizResult =
  | {
      kind: 'incomplete';
      /** Ids of the questions without a valid answer, in quiz order. */
      missing: string[];
    }
  | {
      kind: 'safety';
      /** The flags chosen, in {@link SAFETY_FLAGS} order. */
      flags: SafetyFlag[];
      /** {@link SAFETY_TITLE}. */
      title: string;
      /** Starts with {@link SELF_HARM_MESSAGE} when `selfHarm` is true. */
      explanation: string;
      /** True when the reader chose the self-harm option: show the emergency line first. */
      selfHarm: boolean;
      /** {@link HELP_PATH}: link it, with the site's base path. */
      helpPath: typeof HELP_PATH;
    }
  | {
      kind: 'band';
      /** The total. */
      score: number;
      /** The band whose range holds the total. */
      band: Band;
      /** Up to 3 sentences from the reader's own answers, lowest-scoring first. */
      reasons: string[];
    };

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
export function dayRangeFor(question: Question, days: number): DayRange | undefined {
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
      return (
        Array.isArray(answer) &&
        answer.length > 0 &&
        new Set(answer).size === answer.length &&
        answer.every((id) => known.has(id))
      );
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
export function bandFor(quiz: Pick<Quiz, 'bands'>, score: number): Band | undefined {
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
    const selfHarm = flags.includes('self-harm');
    return {
      kind: 'safety',
      flags,
      title: SAFETY_TITLE,
      explanation: selfHarm ? `${SELF_HARM_MESSAGE} ${SAFETY_MESSAGE}` : SAFETY_MESSAGE,
      selfHarm,
      helpPath: HELP_PATH,
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
