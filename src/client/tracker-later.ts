import { whenVisible } from './visible';

// Inside a chapter: the tracker's code loads only when the reader scrolls near it.
for (const root of document.querySelectorAll<HTMLElement>('[data-island="tracker"][data-hydrate="visible"]')) {
  whenVisible(root, () => {
    // Preact, the loader and the component all load together, on demand.
    void Promise.all([import('./hydrate'), import('~/islands/NoContactTracker')]).then(([{ hydrateIsland }, { default: Tracker }]) =>
      hydrateIsland(root, Tracker),
    );
  });
}
