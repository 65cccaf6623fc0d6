import { initPermalinks } from './permalinks';
import { initReadMarks } from './read-marks';
import { initReadTracker } from './read-tracker';
import { initSearchOpener } from './search-opener';
import { initShare } from './share';
import { initStorageNotice } from './storage-notice';
import { initThemeToggle } from './theme-toggle';
import { initUrgeOpener } from './urge-opener';

// One entry for every page's small behaviours: one request instead of one per
// component (and fewer shared chunks, which cost more bytes than they save).
// Each part does nothing when its markup is not on the page.
initThemeToggle();
initStorageNotice();
initSearchOpener();
initUrgeOpener();
initShare();
initReadMarks();
initReadTracker();
initPermalinks();
// The offline worker (it does nothing where browsers have no service workers). A plain
// `import()`: the build drops Vite's preload helper (src/integrations/plain-lazy-imports.ts).
void import('./offline');
