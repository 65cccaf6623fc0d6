import type { WritableAtom } from 'nanostores';
import type { Answer, Quiz } from '~/lib/quiz';
import { EMPTY_PROGRESS, QUIZ_ANSWERS, type QuizProgress } from '~/lib/quiz-progress';
import { advance } from '~/lib/quiz-steps';
import { persistentItem } from '~/stores/stored';

/** The stored progress of quiz `quizId` (one store per quiz, shared by every island on the page and synced across tabs). */
export function quizProgressStore(quizId: string): WritableAtom<QuizProgress> {
  return persistentItem(QUIZ_ANSWERS.member(quizId));
}

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
 * Returns false, changing nothing, when the question has no valid answer.
 */
export function submitStep(quizId: string, quiz: Quiz, daysText: string): boolean {
  const store = quizProgressStore(quizId);
  const next = advance(quiz, store.get(), daysText);
  if (next) store.set(next);
  return next !== undefined;
}

/** Clears the answers and removes them from this device ("Start over" and "Erase my answers"). */
export function eraseQuiz(quizId: string): void {
  quizProgressStore(quizId).set(EMPTY_PROGRESS);
}
