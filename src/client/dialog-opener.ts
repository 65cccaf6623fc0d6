/**
 * Makes `opener` (a header link that works without JavaScript) open `dialog`
 * instead, on a plain click or on `key` pressed outside a text field while no
 * dialog is open; `start` then loads and shows what the dialog holds. Does
 * nothing when either element is missing. The search and "I want to text
 * them" share it, so the site-wide script carries this logic once.
 */
export function initDialogOpener(
  opener: HTMLElement | null,
  dialog: HTMLDialogElement | null,
  key: string,
  start: (dialog: HTMLDialogElement) => void,
): void {
  if (!opener || !dialog) return;
  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    start(dialog);
  };

  opener.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    open();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== key || event.metaKey || event.ctrlKey || event.altKey || document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    open();
  });
}
