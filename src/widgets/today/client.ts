import { mountIslands } from '../shared/mount';

mountIslands('today', () => Promise.all([import('../shared/hydrate'), import('./Today'), import('../shared/lock-guard')]));
