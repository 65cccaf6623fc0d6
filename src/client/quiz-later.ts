import { whenVisible } from './visible';

// Chapters: the quiz's code loads only when the reader scrolls near it.
for (const root of document.querySelectorAll<HTMLElement>('[data-island="quiz"][data-hydrate="visible"]')) {
  whenVisible(root, () => {
    // Preact, the loader and the component all load together, on demand.
    void Promise.all([import('./hydrate'), import('~/islands/QuizRunner')]).then(([{ hydrateIsland }, { default: QuizRunner }]) =>
      hydrateIsland(root, QuizRunner),
    );
  });
}
