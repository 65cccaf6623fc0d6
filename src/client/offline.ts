import { SERVICE_WORKER } from '~/lib/service-worker-file';

// Registers the offline worker (src/integrations/service-worker.ts), where the
// browser has service workers (not, say, over plain http); elsewhere nothing
// here runs. Loaded by ./site.ts. The code, words and styles for the moments
// that need more (a new version waiting, the browser offering an install, the
// iPhone's way to install) load only when they happen.

/** Registers the worker, and offers the reload once a new version is waiting. */
function register(sw: ServiceWorkerContainer): void {
  sw.register(import.meta.env.BASE_URL + SERVICE_WORKER).then(
    (registration?: ServiceWorkerRegistration) => {
      // Undefined where a browser is told to block workers (Playwright's serviceWorkers: 'block').
      if (!registration) return;
      // A new version is waiting only when an older one controls the page (not on the first visit).
      const check = () => {
        if (registration.waiting && sw.controller) void import('./update-notice').then((notice) => notice.offerUpdate(registration));
      };
      check();
      registration.onupdatefound = () => registration.installing?.addEventListener('statechange', check);
    },
    () => undefined,
  );
}

const sw = navigator.serviceWorker;
if (sw) {
  addEventListener('beforeinstallprompt', (event) => {
    // No browser banner: the offer is a quiet button in the menu.
    event.preventDefault();
    void import('./install').then((install) => install.offerInstall(event));
  });
  // Safari on iPhone and iPad has no install offer. It alone has navigator.standalone: false in the
  // browser, true in an installed app (which needs no hint).
  if ((navigator as Navigator & { standalone?: boolean }).standalone === false)
    void import('./install').then((install) => install.hintInstall());
  // After the page's load event, as Workbox advises: precaching must not compete with the page's own requests.
  if (document.readyState === 'complete') register(sw);
  else addEventListener('load', () => register(sw), { once: true });
}
