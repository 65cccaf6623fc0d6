/**
 * Makes `opener` (a header link that works without JavaScript) open a dialog
 * instead, on a plain click or on `key` pressed outside a text field while no
 * dialog is open; `start` then loads and shows what the dialog holds. The
 * dialog waits in `template` and is built on first open, so pages carry none
 * of its elements until then; it goes at the end of the body, where no closed
 * menu around its opener can hide it. Does nothing when either element is
 * missing. The search and "I want to text them" share it, so the site-wide
 * script carries this logic once.
 */
export function initDialogOpener(
  opener: HTMLElement | null,
  template: HTMLTemplateElement | null,
  key: string,
  start: (dialog: HTMLDialogElement) => void,
): void {
  if (!opener || !template) return;
  let dialog: HTMLDialogElement | undefined;
  const open = () => {
    dialog ??= document.body.appendChild(template.content.firstElementChild as HTMLDialogElement);
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
    if (target?.closest('input,textarea,select,[contenteditable]')) return;
    event.preventDefault();
    open();
  });
}
