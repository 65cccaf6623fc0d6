import QuizRunner from '~/islands/QuizRunner';
import { hydrateIsland } from './hydrate';

// Quiz pages: the quiz is the page, so it is hydrated at once (static imports, no extra round trip).
for (const root of document.querySelectorAll<HTMLElement>('[data-island="quiz"][data-hydrate="load"]')) hydrateIsland(root, QuizRunner);
