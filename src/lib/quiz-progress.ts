import type { Answer, Answers } from './quiz';
import { isRecord, parseStored } from './stored-json';
import { defineStoredFamily } from './stored-family';
import { plural } from './stored-item';

/** What this device keeps of one quiz: the answers so far, where the reader is, and whether they asked for the result. */
export interface QuizProgress {
  answers: Answers;
  /** 0-based index of the question on screen. */
  step: number;
  /** True once the reader asked for the result (the result is recomputed from the answers). */
  done: boolean;
}

/** A quiz not yet started. */
export const EMPTY_PROGRESS: QuizProgress = Object.freeze({ answers: {}, step: 0, done: false });

function isAnswerValue(value: unknown): value is Answer {
  if (typeof value === 'string') return value.length <= 100;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 100_000;
  return Array.isArray(value) && value.length <= 50 && value.every((v) => typeof v === 'string' && v.length <= 100);
}

/**
 * Decodes stored quiz progress. Never throws: damaged JSON or fields give the
 * valid part, or an empty quiz. Whether an answer fits its question is
 * checked by the scorer, not here.
 */
export function decodeQuizProgress(encoded: string | undefined): QuizProgress {
  const raw = parseStored(encoded);
  if (!isRecord(raw)) return EMPTY_PROGRESS;
  const { answers, step, done } = raw;
  const clean: Answers = {};
  if (isRecord(answers)) {
    for (const [id, value] of Object.entries(answers)) {
      if (/^[a-z0-9-]{1,60}$/.test(id) && isAnswerValue(value)) clean[id] = value;
    }
  }
  return {
    answers: clean,
    step: typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < 100 ? step : 0,
    done: done === true,
  };
}

/** Encodes quiz progress as JSON; undefined (nothing to store) for an untouched quiz. */
export function encodeQuizProgress(progress: QuizProgress): string | undefined {
  if (!progress.done && progress.step === 0 && Object.keys(progress.answers).length === 0) return undefined;
  return JSON.stringify(progress);
}

/** One quiz's answers, where the reader is and whether the result was shown; one item per quiz id. */
export const QUIZ_ANSWERS = defineStoredFamily<QuizProgress>({
  name: 'quiz',
  version: 1,
  initial: EMPTY_PROGRESS,
  decode: decodeQuizProgress,
  encode: encodeQuizProgress,
  label: (id, title) => `Answers to “${title ?? id.replace(/-/g, ' ')}”`,
  summary: (p) => `${plural(Object.keys(p.answers).length, 'answer')}${p.done ? ', result shown' : ''}`,
});
