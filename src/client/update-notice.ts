import { announce } from './announce';

/** Whether a text field on the page holds words the reader typed and has not saved yet. */
function typing(): boolean {
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type]), input[type=text]')].some(
    (field) => field.value.trim() !== '' && field.value !== field.defaultValue,
  );
}

/**
 * Shows "A new version is ready — reload" (its words are in BaseLayout's
 * markup). Nothing reloads by itself: only the reader's press does, and not
 * while a field holds unsaved words (the notice asks them to save first).
 * The new worker then takes over and removes the old version's caches.
 */
export function offerUpdate(registration: ServiceWorkerRegistration): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const button = notice?.querySelector('button');
  if (!notice || !button || !notice.hidden) return;
  notice.hidden = false;
  announce(notice.textContent.replace(/\s+/g, ' ').trim());
  button.onclick = () => {
    if (typing()) {
      const text = notice.dataset['typing'] ?? '';
      notice.querySelector('[data-update-text]')!.textContent = text;
      announce(text);
      return;
    }
    const waiting = registration.waiting;
    // Another tab may have started the new version already: then this page only needs loading again.
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
}
