import { SERVICE_WORKER } from '~/lib/url';

/**
 * Registers the offline worker (src/integrations/service-worker.ts); browsers
 * without service workers skip all of this. The code for the two moments that
 * need more, a new version waiting and the browser offering an install, loads
 * only when they happen.
 */
export function initOffline(): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  addEventListener('beforeinstallprompt', (event) => {
    // No browser banner: the offer is a quiet button in the menu.
    event.preventDefault();
    void import('./install').then((install) => install.offerInstall(event));
  });
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
