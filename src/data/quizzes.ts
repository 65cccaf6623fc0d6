import { getCollection } from 'astro:content';
import { checkQuizChapters, type Quiz } from '~/lib/quiz';
import { getChapters } from './chapters';

/** A quiz with its URL slug. */
export interface QuizEntry {
  id: string;
  quiz: Quiz;
}

/**
 * Every quiz, sorted by id.
 * @throws Error (failing the build) when a quiz names a chapter that does not exist.
 */
export async function getQuizzes(): Promise<QuizEntry[]> {
  const [entries, chapters] = await Promise.all([getCollection('quizzes'), getChapters()]);
  const slugs = chapters.map((c) => c.slug);
  const problems = entries.flatMap((entry) =>
    checkQuizChapters(entry.data, slugs).map((message) => `${entry.filePath ?? entry.id}: ${message}`),
  );
  if (problems.length) throw new Error(`Quizzes refer to chapters that do not exist:\n${problems.join('\n')}`);
  return entries.map((entry) => ({ id: entry.id, quiz: entry.data })).sort((a, b) => a.id.localeCompare(b.id));
}

/** One quiz by id. @throws Error when there is none. */
export async function getQuiz(id: string): Promise<QuizEntry> {
  const found = (await getQuizzes()).find((q) => q.id === id);
  if (!found) throw new Error(`No quiz with id "${id}" in content/quizzes/`);
  return found;
}
