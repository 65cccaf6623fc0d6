import { markRead, openChapter } from '~/stores/reading';

/** Records the chapter as opened, and as read once its end scrolls into view. */
export function initReadTracker(): void {
  const sentinel = document.querySelector<HTMLElement>('[data-read-sentinel]');
  const slug = sentinel?.dataset['slug'];
  if (sentinel && slug) {
    openChapter(slug);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        markRead(slug);
        observer.disconnect();
      }
    });
    observer.observe(sentinel);
  }
}
