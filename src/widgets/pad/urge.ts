import { h, render } from 'preact';
import UrgeFlow from './UrgeFlow';
import { resumeOrStartPause } from './urge-store';

/**
 * Shows the "I want to text them" flow in `dialog` (already open): renders it
 * the first time, and each time resumes the pause, or starts one when none is
 * running ({@link resumeOrStartPause}). Closing the dialog, however it was
 * opened, puts focus back on `opener`. The dialog's `data-base` is the site's base path.
 */
export function openUrgeFlow(dialog: HTMLDialogElement, opener: HTMLElement): void {
  resumeOrStartPause();
  if (!dialog.querySelector('.urge')) {
    dialog.addEventListener('close', () => opener.focus());
    // Into its own box: the dialog's quick exit stays.
    const root = dialog.querySelector<HTMLElement>('[data-urge-root]') ?? dialog;
    render(h(UrgeFlow, { base: dialog.dataset['base'] ?? '/', onClose: () => dialog.close() }), root);
  }
  dialog.querySelector<HTMLElement>('#urge-step-title')?.focus();
}
