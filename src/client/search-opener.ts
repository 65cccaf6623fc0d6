/** Opens the search dialog from the header link or the "/" key; the search code loads on first open. */
export function initSearchOpener(): void {
  const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');

  async function open() {
    if (!dialog) return;
    dialog.showModal();
    // The search code (and, through it, Pagefind and its index) loads on first open only.
    const { startSearch } = (await import(/* @vite-ignore */ dialog.dataset['searchModule'] ?? '/search.js')) as {
      startSearch(dialog: HTMLDialogElement): void;
    };
    startSearch(dialog);
  }

  opener?.addEventListener('click', (event) => {
    if (!dialog || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void open();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || dialog?.open) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    void open();
  });
}
