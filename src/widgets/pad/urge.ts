import { h, render } from 'preact';
import widgetStyles from '~/styles/widgets.css?url';
import { $lock } from '~/stores/engine';
import { guardLocked } from '../shared/lock-guard';
import { loadStyles } from '../shared/load-styles';
import UrgeFlow from './UrgeFlow';
import flowStyles from './urge.css?url';
import { resumeOrStartPause } from './urge-store';

let started = false;

/**
 * Shows the "I want to text them" flow in `dialog` (already open): renders it
 * the first time, and each time resumes the pause, or starts one when none is
 * running ({@link resumeOrStartPause}). While the passcode lock is locked it
 * shows "Locked" and an Unlock button instead, and the flow once unlocked.
 * Closing the dialog, however it was opened, puts focus back on `opener`. The
 * dialog's `data-base` is the site's base path. The first time, it links the
 * flow's styles and renders once they have loaded, so nothing shows unstyled.
 */
export function openUrgeFlow(dialog: HTMLDialogElement, opener: HTMLElement): void {
  // Into its own box: the dialog's quick exit stays.
  const root = dialog.querySelector<HTMLElement>('[data-urge-root]')!;
  const focus = () => dialog.querySelector<HTMLElement>($lock.get() === 'locked' ? '.locked-panel button' : '#urge-step-title')?.focus();
  if (!started) {
    started = true;
    dialog.addEventListener('close', () => opener.focus());
    void Promise.all([loadStyles(widgetStyles), loadStyles(flowStyles)]).then(() => {
      guardLocked(
        dialog,
        root,
        () => {
          resumeOrStartPause();
          render(h(UrgeFlow, { base: dialog.dataset['base'] ?? '/', onClose: () => dialog.close() }), root);
          dialog.querySelector<HTMLElement>('#urge-step-title')?.focus();
        },
        () => render(null, root),
      );
      focus();
    });
    return;
  }
  if ($lock.get() !== 'locked') resumeOrStartPause();
  focus();
}
