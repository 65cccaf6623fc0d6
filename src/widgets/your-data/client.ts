import { mountIslands } from '../shared/mount';

mountIslands('your-data', () => Promise.all([import('../shared/hydrate'), import('./YourData'), import('../shared/lock-guard')]));
