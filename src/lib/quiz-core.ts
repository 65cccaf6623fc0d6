// The words a quiz file may use and the arithmetic of its totals: what both the
// schema (quiz-schema.ts) and the scorer (quiz.ts) build on. It imports nothing,
// so imports between the quiz modules point one way: core ← schema ← scorer.

/** The kinds of question: one option, one or more options, or a whole number of days. */
export const QUESTION_KINDS = ['single', 'multiple', 'days'] as const;

/** One of {@link QUESTION_KINDS}. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * What a safety option can flag. Any one of them, once chosen, replaces the
 * score with the safety result: reconnecting is not the goal, and help comes first.
 */
export const SAFETY_FLAGS = [
  'violence',
  'threats',
  'stalking',
  'coercive-control',
  'court-order',
  'no-contact-request',
  'self-harm',
] as const;

/** One of {@link SAFETY_FLAGS}. */
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

/** The prefill that fills a days question from the no-contact tracker (days since the last contact). */
export const DAYS_SINCE_CONTACT = 'days-since-contact';

/** Every prefill a days question may name. */
export const PREFILLS = [DAYS_SINCE_CONTACT] as const;

/** One of {@link PREFILLS}. */
export type Prefill = (typeof PREFILLS)[number];

/** The part of a question that decides its points: its kind and the scores of its options or day ranges. */
export interface ScoredQuestion {
  kind: QuestionKind;
  options?: readonly { score: number }[] | undefined;
  ranges?: readonly { score: number }[] | undefined;
}

/**
 * The lowest and highest totals a complete set of answers can reach. A multiple
 * question needs at least one option, so its lowest is the sum of its negative
 * scores (or its single lowest score when none is negative), and its highest
 * the sum of its positive scores (or its single highest).
 */
export function scoreRange(quiz: { questions: readonly ScoredQuestion[] }): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const q of quiz.questions) {
    const scores = q.kind === 'days' ? (q.ranges ?? []).map((r) => r.score) : (q.options ?? []).map((o) => o.score);
    if (scores.length === 0) continue;
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    if (q.kind === 'multiple') {
      min += lowest < 0 ? scores.filter((s) => s < 0).reduce((a, b) => a + b, 0) : lowest;
      max += highest > 0 ? scores.filter((s) => s > 0).reduce((a, b) => a + b, 0) : highest;
    } else {
      min += lowest;
      max += highest;
    }
  }
  return { min, max };
}
