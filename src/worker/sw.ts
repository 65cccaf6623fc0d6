import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

/*
 * The offline worker, bundled after every production build by
 * src/integrations/service-worker.ts, which fills in the two values below.
 * Workbox's modules, each doing one well-tested job: precaching every built
 * file with its revision, and caching search as it is used.
 */

/** Every file to precache, with a content revision (null for the hashed files under _astro/). */
declare const __PRECACHE__: PrecacheEntry[];
/** Where Pagefind's files are served: `<base>pagefind/`. */
declare const __SEARCH_ROOT__: string;

/** The little of the worker's global scope used here (the project's types are the page's, not a worker's). */
const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

setCacheNameDetails({ prefix: 'atb' });

// A new version waits until the reader chooses to reload (src/client/update-notice.ts posts this).
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
// Once active, it takes over the pages already open.
clientsClaim();

precacheAndRoute(__PRECACHE__);
// The caches of earlier versions go once this one is active.
cleanupOutdatedCaches();

// Search, so it works offline once used. Pagefind's own files (scripts,
// WebAssembly, entry, metadata) keep their names from build to build: from the
// network when there is one, else from the cache. Its index and fragment files
// are named by their content: from the cache once fetched. Pagefind adds
// `?ts=…` to some requests to dodge HTTP caches, so lookups ignore the query.
const root = __SEARCH_ROOT__.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchOptions = { ignoreSearch: true };
// Workbox's plugin types predate `exactOptionalPropertyTypes` (this project's tsconfig), hence the cast.
const keepAtMost = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as unknown as WorkboxPlugin;
registerRoute(
  new RegExp(`${root}[^/]+$`),
  new NetworkFirst({
    cacheName: 'atb-search-files',
    networkTimeoutSeconds: 4,
    matchOptions,
    plugins: [keepAtMost(30)],
  }),
);
registerRoute(
  new RegExp(`${root}(?:index|fragment)/`),
  new CacheFirst({ cacheName: 'atb-search-index', matchOptions, plugins: [keepAtMost(200)] }),
);
