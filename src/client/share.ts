import { copyText } from './announce';

/**
 * The share panel's two buttons that need a script: Copy link (where there is
 * a clipboard) and the device's share sheet (where there is one). Opening and
 * closing the panel is the browser's (popover).
 */
export function initShare(): void {
  const share = document.querySelector<HTMLElement>('[data-share]');
  if (!share) return;
  const url = share.dataset['url'] ?? location.href;
  const title = share.dataset['title'] ?? document.title;
  const copy = share.querySelector<HTMLButtonElement>('[data-share-copy]');
  const status = share.querySelector<HTMLElement>('[data-share-status]');
  const sheet = share.querySelector<HTMLButtonElement>('[data-share-native]');

  if (copy && status && 'clipboard' in navigator) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      // Said beside the button, in its polite live region.
      status.textContent = (await copyText(url)) ? 'Link copied' : 'Could not copy: select the address bar instead';
    });
  }
  if (sheet && 'share' in navigator) {
    sheet.hidden = false;
    // Closing the sheet without sharing rejects: nothing to say.
    sheet.addEventListener('click', () => void navigator.share({ title, url }).catch(() => {}));
  }
}
