import { $readChapters } from '~/stores/reading';

/**
 * Shows "Read" beside every finished chapter in any chapter list on the page:
 * the marks are made here, for the chapters this device has finished, so a
 * page carries no element for a mark it does not show.
 */
export function initReadMarks(): void {
  const items = document.querySelectorAll<HTMLElement>('[data-chapter-list] li[data-slug]');
  if (items.length === 0) return;
  // The list itself, not the derived $readSet: every page's chunk then needs no derived stores.
  $readChapters.subscribe((list) => {
    const read = new Set(list);
    for (const item of items) {
      item.querySelector('.read-mark')?.remove();
      // Beside the reading time in a full list, after the link in a compact one.
      if (read.has(item.dataset['slug'] ?? ''))
        (item.querySelector('.meta') ?? item).insertAdjacentHTML('beforeend', ' <span class="read-mark">Read</span>');
    }
  });
}
