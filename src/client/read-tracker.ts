import { markRead, openChapter } from '~/stores/reading';
import { whenVisible } from '~/widgets/shared/visible';

/** Records the chapter as opened, and as read once its end scrolls into view. */
export function initReadTracker(): void {
  const sentinel = document.querySelector<HTMLElement>('[data-read-sentinel]');
  const slug = sentinel?.dataset['slug'];
  if (sentinel && slug) {
    openChapter(slug);
    whenVisible(sentinel, () => markRead(slug), '0px');
  }
}
