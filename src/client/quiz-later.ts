import { hydrateIsland, whenVisible } from './hydrate';

// Chapters: the quiz's code loads only when the reader scrolls near it.
for (const root of document.querySelectorAll<HTMLElement>('[data-island="quiz"][data-hydrate="visible"]')) {
  whenVisible(root, () => {
    void import('~/islands/QuizRunner').then(({ default: QuizRunner }) => hydrateIsland(root, QuizRunner));
  });
}
