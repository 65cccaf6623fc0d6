import {
  isAnswered,
  safetyFlags,
  scoreQuiz,
  type Answer,
  type BandResult,
  type Prefill,
  type Question,
  type Quiz,
  type SafetyResult,
} from './quiz';
import type { QuizProgress } from './quiz-progress';

// How a reader moves through a quiz, one question at a time: which question is
// on screen, what an entry means, what Next does, and when the result shows.

/** Index (0-based) of the question on screen: the stored step, kept within the quiz. */
export function currentStep(quiz: Pick<Quiz, 'questions'>, progress: QuizProgress): number {
  return Math.max(0, Math.min(progress.step, quiz.questions.length - 1));
}

/**
 * The result to show, once the reader has asked for it: the safety result, or
 * the band result of complete answers. Undefined while the reader is answering,
 * and when stored answers turn out incomplete (a quiz file changed since): the
 * question on screen shows instead.
 */
export function shownResult(quiz: Quiz, progress: QuizProgress): SafetyResult | BandResult | undefined {
  if (!progress.done) return undefined;
  const result = scoreQuiz(quiz, progress.answers);
  return result.kind === 'incomplete' ? undefined : result;
}

/** The most characters the days field takes: more than {@link parseDays} reads, so an overlong entry gets its message. */
export const DAYS_FIELD_LENGTH = 8;

/**
 * A number of days as typed: a whole number of 1–5 digits, spaces around it
 * allowed; undefined for anything else (signs, decimals, words, empty).
 */
export function parseDays(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** True when `answer` to a question of `kind` chooses option `id`: single, that option; multiple, a list holding it. */
export function isChosen(kind: Question['kind'], answer: Answer | undefined, id: string): boolean {
  if (kind === 'single') return answer === id;
  return kind === 'multiple' && Array.isArray(answer) && answer.includes(id);
}

/**
 * A multiple-choice answer after the reader ticks (`checked`) or unticks option
 * `id`: the options ticked, in the order they were ticked, each once. A stored
 * answer that is not a list counts as nothing ticked.
 */
export function toggleOption(answer: Answer | undefined, id: string, checked: boolean): string[] {
  const others = Array.isArray(answer) ? answer.filter((v) => v !== id) : [];
  return checked ? [...others, id] : others;
}

/** What the site knows that a days question may be filled in with, by prefill; undefined when not known. */
export type PrefillValues = { [P in Prefill]?: number | undefined };

/** The number of days filled in for `question` from what the site knows; undefined for a question without a prefill, or a prefill not known. */
export function prefillFor(question: Question, values: PrefillValues): number | undefined {
  return question.kind === 'days' && question.prefill !== undefined ? values[question.prefill] : undefined;
}

/** What a days field shows before the reader types in it: the stored answer, else the prefilled days, else nothing. */
export function daysFieldText(stored: Answer | undefined, prefill: number | undefined): string {
  if (typeof stored === 'number') return String(stored);
  return prefill === undefined ? '' : String(prefill);
}

/**
 * What pressing Next (or "See my result") does. The answer to the question on
 * screen is, for a days question, `daysText` as parsed by {@link parseDays}
 * (never an earlier stored number), and otherwise the stored answer (choices
 * are stored as they are made). A valid answer is recorded and the reader moves
 * on: to the next question, or to the result after the last, or at once after
 * an answer with a safety flag. Undefined, with
 * nothing to change, when the question has no valid answer.
 */
export function advance(quiz: Quiz, progress: QuizProgress, daysText: string): QuizProgress | undefined {
  const step = currentStep(quiz, progress);
  const question = quiz.questions[step];
  if (!question) return undefined;
  const answer = question.kind === 'days' ? parseDays(daysText) : progress.answers[question.id];
  if (answer === undefined || !isAnswered(question, answer)) return undefined;
  const answers = { ...progress.answers, [question.id]: answer };
  // A safety answer goes straight to the help that fits: no more questions about getting back together.
  const last = step + 1 >= quiz.questions.length || safetyFlags(quiz, answers).length > 0;
  return last ? { answers, step, done: true } : { answers, step: step + 1, done: false };
}
