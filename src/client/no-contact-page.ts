import NoContactTracker from '~/islands/NoContactTracker';
import UnsentPad from '~/islands/UnsentPad';
import { hydrateIsland } from './hydrate';

// The no-contact page: tracker and pad are the page, so both hydrate at once.
for (const root of document.querySelectorAll<HTMLElement>('[data-island="tracker"][data-hydrate="load"]')) hydrateIsland(root, NoContactTracker);
for (const root of document.querySelectorAll<HTMLElement>('[data-island="pad"]')) hydrateIsland(root, UnsentPad);
