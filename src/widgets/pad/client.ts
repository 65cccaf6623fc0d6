import { mountIslands } from '../shared/mount';

mountIslands('pad', () => Promise.all([import('../shared/hydrate'), import('./UnsentPad'), import('../shared/lock-guard')]));
