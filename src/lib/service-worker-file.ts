// Its own module, holding nothing else: the site-wide script inlines it instead
// of loading a chunk shared with the pages that use src/lib/url.ts.

/** The service worker's file, at the root of the base path so its scope is the whole site (src/integrations/service-worker.ts). */
export const SERVICE_WORKER = 'sw.js';
