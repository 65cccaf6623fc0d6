import { getChapterLinks } from '~/data/chapters';
import { getQuiz } from '~/data/quizzes';
import { RESULT_TEXT } from '~/lib/quiz';
import { SAFETY_SECTIONS, STEP_TEXT } from '~/lib/quiz-words';

/**
 * The bulk of a self-check island's props: the quiz, the chapter links and the
 * fixed words of results. The quiz page writes them into its HTML; a chapter,
 * whose self-check waits below the fold, fetches them from
 * `/quiz/<id>/island.json` (src/pages/quiz/[id]/island.json.ts) as the
 * self-check scrolls near, and keeps 3 KB (gzip) out of its HTML. Both come
 * from here, so the server's render and the hydration always agree.
 */
export async function quizIslandData(id: string) {
  const { quiz } = await getQuiz(id);
  const chapters = await getChapterLinks();
  return { quiz, chapters, words: { text: RESULT_TEXT, step: STEP_TEXT, safety: SAFETY_SECTIONS } };
}
