import { $readChapters } from '~/stores/reading';

/** Shows "Read" beside every finished chapter in any chapter list on the page. */
export function initReadMarks(): void {
  const items = document.querySelectorAll<HTMLElement>('[data-chapter-list] li[data-slug]');
  if (items.length === 0) return;
  // The list itself, not the derived $readSet: every page's chunk then needs no derived stores.
  $readChapters.subscribe((list) => {
    const read = new Set(list);
    for (const item of items) {
      const mark = item.querySelector<HTMLElement>('[data-read-mark]');
      if (mark) mark.hidden = !read.has(item.dataset['slug'] ?? '');
    }
  });
}
