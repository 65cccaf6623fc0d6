import { h, render } from 'preact';
import { resumeOrStartPause } from './urge-store';
import UrgeFlow from './UrgeFlow';

/**
 * Shows the "I want to text them" flow in `dialog` (already open): renders it
 * the first time, and each time resumes the pause, or starts one when none
 * is running ({@link resumeOrStartPause}). `base` is the site's base path.
 */
export function openUrgeFlow(dialog: HTMLDialogElement, base: string): void {
  resumeOrStartPause();
  if (!dialog.querySelector('.urge')) {
    render(h(UrgeFlow, { base, onClose: () => dialog.close() }), dialog);
  }
  dialog.querySelector<HTMLElement>('#urge-step-title')?.focus();
}
