import { mountIslands } from '../shared/mount';

mountIslands('quiz', () => Promise.all([import('../shared/hydrate'), import('./QuizRunner'), import('../shared/lock-guard')]));
