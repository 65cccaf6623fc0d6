import { initDialogOpener } from './dialog-opener';

/** Opens the search dialog from the header link or the "/" key; the search code loads on first open. */
export function initSearchOpener(): void {
  initDialogOpener(
    document.querySelector('[data-search-open]'),
    document.querySelector('[data-search-dialog]'),
    '/',
    (dialog) =>
      // The search code (and, through it, Pagefind and its index) loads on first open only.
      void import(/* @vite-ignore */ dialog.dataset['searchModule'] ?? '/search.js').then(
        (search: { startSearch(dialog: HTMLDialogElement): void }) => search.startSearch(dialog),
      ),
  );
}
