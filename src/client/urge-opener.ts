/**
 * Opens the "I want to text them" dialog from the header link or the "u" key.
 * The flow's code (Preact and the pad) loads on first open only, so pages
 * where nobody opens it load none of it. Without JavaScript the link leads
 * to the pad on the no-contact page.
 */
export function initUrgeOpener(): void {
  const opener = document.querySelector<HTMLAnchorElement>('[data-urge-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-urge-dialog]');
  if (!opener || !dialog) return;

  function open() {
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // A plain `import()` (not destructured): the build then drops Vite's preload helper from this chunk (src/integrations/plain-lazy-imports.ts).
    void import('~/widgets/pad/urge').then((flow) => flow.openUrgeFlow(dialog, dialog.dataset['base'] ?? '/'));
  }

  // Focus goes back to the header link however the dialog was opened (the key leaves it on the page).
  dialog.addEventListener('close', () => opener.focus());

  opener.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    open();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'u' || event.metaKey || event.ctrlKey || event.altKey || document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    open();
  });
}
