import { $lastChapter } from '~/stores/reading';

/** Shows "Continue where you left off" once this device remembers a chapter. */
export function initContinueReading(): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const link = box?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const title = box?.querySelector<HTMLElement>('[data-continue-title]');
  if (!box || !link || !title) return;

  $lastChapter.subscribe((slug) => {
    const source = slug ? document.querySelector<HTMLAnchorElement>(`[data-chapter-list] li[data-slug="${slug}"] a`) : null;
    if (!source) {
      box.hidden = true;
      return;
    }
    link.href = source.href;
    title.textContent = source.textContent?.trim() ?? '';
    box.hidden = false;
  });
}
