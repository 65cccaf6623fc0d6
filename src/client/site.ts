import { initLater } from './later';
import { initPermalinks } from './permalinks';
import { initReadMarks, showReadMarks } from './read-marks';
import { initReadTracker } from './read-tracker';
import { initSearchOpener } from './search-opener';
import { initShare } from './share';
import { initStorageNotice } from './storage-notice';
import { initThemeToggle } from './theme-toggle';
import { initUrgeOpener } from './urge-opener';
// The offline worker's registration (it does nothing where browsers have no
// service workers). In this script, not a chunk of its own: every page loads it,
// and as one file it costs 0.1 KB less.
import './offline';

// One entry for every page's small behaviours: one request instead of one per
// component (and fewer shared chunks, which cost more bytes than they save).
// Each part does nothing when its markup is not on the page.
initThemeToggle();
initStorageNotice();
initSearchOpener();
initUrgeOpener();
initShare();
initLater(showReadMarks);
initReadMarks();
initReadTracker();
initPermalinks();

// Every script of the page has run (the head script starts them in order, this
// one last): end-to-end tests wait for this before they use the page.
document.documentElement.dataset['ready'] = '';
