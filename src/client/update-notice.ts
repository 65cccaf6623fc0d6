import { linkStyles } from './styles';
import { announce } from './announce';

/** What the notice says, and what it says when the reader has unsaved words. */
export const UPDATE_NOTICE = {
  ready: 'A new version is ready —',
  reload: 'Reload',
  typing: 'Save what you are writing first. The new version will wait until you reload.',
} as const;

/** Whether a text field on the page holds words the reader typed and has not saved yet. */
function typing(): boolean {
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type]), input[type=text]')].some(
    (field) => field.value.trim() !== '' && field.value !== field.defaultValue,
  );
}

let shown = false;

/**
 * Shows "A new version is ready — Reload" at the foot of the screen. Nothing
 * reloads by itself: only the reader's press does, and not while a field
 * holds unsaved words (the notice asks them to save first). The new worker
 * then takes over and removes the old version's caches.
 */
export function offerUpdate(registration: ServiceWorkerRegistration): void {
  if (shown) return;
  shown = true;
  linkStyles('offline.css');
  const notice = document.createElement('aside');
  notice.className = 'update-notice';
  notice.setAttribute('aria-label', 'New version');
  const text = notice.appendChild(document.createElement('span'));
  text.textContent = UPDATE_NOTICE.ready;
  const button = notice.appendChild(document.createElement('button'));
  button.type = 'button';
  button.textContent = UPDATE_NOTICE.reload;
  document.body.append(notice);
  announce(`${UPDATE_NOTICE.ready} ${UPDATE_NOTICE.reload}`);
  button.onclick = () => {
    if (typing()) {
      text.textContent = UPDATE_NOTICE.typing;
      announce(UPDATE_NOTICE.typing);
      return;
    }
    const waiting = registration.waiting;
    // Another tab may have started the new version already: then this page only needs loading again.
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
}
