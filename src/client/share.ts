import { announce, copyText } from './announce';

/** Share controls: the native share sheet where it exists, else the menu with "Copy link". */
export function initShare(): void {
  for (const share of document.querySelectorAll<HTMLDetailsElement>('[data-share]')) {
    const url = share.dataset['url'] ?? window.location.href;
    const title = share.dataset['title'] ?? document.title;
    const summary = share.querySelector('summary');
    const copy = share.querySelector<HTMLButtonElement>('[data-share-copy]');
    const status = share.querySelector<HTMLElement>('[data-share-status]');

    if (copy && 'clipboard' in navigator) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        const ok = await copyText(url);
        if (status) status.textContent = ok ? 'Link copied' : 'Could not copy: select the address bar instead';
        if (ok) announce('Link copied');
      });
    }

    summary?.addEventListener('click', async (event) => {
      if (share.open || typeof navigator.share !== 'function') return;
      event.preventDefault();
      try {
        await navigator.share({ title, url });
      } catch (error) {
        // Closing the sheet is not a failure; anything else falls back to the menu.
        if (!(error instanceof DOMException && error.name === 'AbortError')) share.open = true;
      }
    });
  }
}
