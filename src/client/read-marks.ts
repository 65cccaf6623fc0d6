import { $readChapters } from '~/stores/reading';

let read: Set<string> | undefined;

/**
 * Shows "Read" beside every finished chapter in every chapter list on the
 * page now: called again when a list is built later (a chapter's "All
 * chapters", see ./later). The marks are made here, for the chapters this
 * device has finished, so a page carries no element for a mark it does not show.
 */
export function showReadMarks(): void {
  if (!read) return;
  for (const item of document.querySelectorAll<HTMLElement>('[data-chapter-list] li[data-slug]')) {
    item.querySelector('.read-mark')?.remove();
    // Beside the reading time in a full list, after the link in a compact one.
    if (read.has(item.dataset['slug'] ?? ''))
      (item.querySelector('.meta') ?? item).insertAdjacentHTML('beforeend', ' <span class="read-mark">Read</span>');
  }
}

/** Keeps the marks in step with what this device has read (other tabs included). */
export function initReadMarks(): void {
  // The list itself, not the derived $readSet: every page's chunk then needs no derived stores.
  $readChapters.subscribe((list) => {
    read = new Set(list);
    showReadMarks();
  });
}
