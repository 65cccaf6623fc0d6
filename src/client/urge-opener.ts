import { initDialogOpener } from './dialog-opener';

/**
 * Opens the "I want to text them" dialog from the header link or the "u" key.
 * The flow's code (Preact and the pad) loads on first open only, so pages
 * where nobody opens it load none of it. Without JavaScript the link leads
 * to the pad on the no-contact page.
 */
export function initUrgeOpener(): void {
  const opener = document.querySelector<HTMLElement>('[data-urge-open]');
  initDialogOpener(
    opener,
    document.querySelector('[data-urge-dialog]'),
    'u',
    (dialog) =>
      // A plain `import()` (not destructured): the build then drops Vite's preload helper from this chunk (src/integrations/plain-lazy-imports.ts).
      void import('~/widgets/pad/urge').then((flow) => flow.openUrgeFlow(dialog, opener!)),
  );
}
