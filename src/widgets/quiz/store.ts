import type { WritableAtom } from 'nanostores';
import { todayIso } from '~/lib/calendar-date';
import { scoreQuiz, type Answer, type Quiz } from '~/lib/quiz';
import { QUIZ_HISTORY, withAttempt, withoutQuiz, type QuizHistory } from '~/lib/quiz-history';
import { EMPTY_PROGRESS, QUIZ_ANSWERS, type QuizProgress } from '~/lib/quiz-progress';
import { advance } from '~/lib/quiz-steps';
import { persistentItem } from '~/stores/stored';

/** The stored progress of quiz `quizId` (one store per quiz, shared by every island on the page and synced across tabs). */
export function quizProgressStore(quizId: string): WritableAtom<QuizProgress> {
  return persistentItem(QUIZ_ANSWERS.member(quizId));
}

/** The day and band of every finished attempt, per quiz (kept on this device, synced across tabs). */
export const $quizHistory: WritableAtom<QuizHistory> = /* @__PURE__ */ persistentItem(QUIZ_HISTORY);

/** Records the answer to one question. */
export function recordAnswer(quizId: string, questionId: string, answer: Answer): void {
  const store = quizProgressStore(quizId);
  const current = store.get();
  store.set({ ...current, answers: { ...current.answers, [questionId]: answer } });
}

/** Moves to question `step` (0-based) and leaves the result view. */
export function goToStep(quizId: string, step: number): void {
  const store = quizProgressStore(quizId);
  store.set({ ...store.get(), step: Math.max(0, step), done: false });
}

/**
 * Presses Next (or "See my result") on the question on screen of `quiz`, whose
 * id is `quizId`; `daysText` is what its days field shows (see `advance`).
 * A finished attempt with a band result is added to {@link $quizHistory} with
 * today's date (a safety result is not: nothing on the device should hint at it).
 * Returns false, changing nothing, when the question has no valid answer.
 */
export function submitStep(quizId: string, quiz: Quiz, daysText: string, now = new Date()): boolean {
  const store = quizProgressStore(quizId);
  const next = advance(quiz, store.get(), daysText);
  if (!next) return false;
  store.set(next);
  const result = next.done ? scoreQuiz(quiz, next.answers) : undefined;
  if (result?.kind === 'band') {
    $quizHistory.set(withAttempt($quizHistory.get(), quizId, { date: todayIso(now), band: result.band.id }));
  }
  return true;
}

/**
 * Clears the answers and removes them from this device ("Start over"); with
 * `forget`, this quiz's earlier results too ("Erase my answers").
 */
export function eraseQuiz(quizId: string, forget = false): void {
  quizProgressStore(quizId).set(EMPTY_PROGRESS);
  if (forget) $quizHistory.set(withoutQuiz($quizHistory.get(), quizId));
}
