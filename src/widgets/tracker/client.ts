import { mountIslands } from '../shared/mount';

mountIslands('tracker', () => Promise.all([import('../shared/hydrate'), import('./Tracker'), import('../shared/lock-guard')]));
