import type { ComponentType } from 'preact';
import { $lock } from '~/stores/engine';
import type { hydrateIsland, unmountIsland } from './hydrate';

/** What a widget's loader fetched (./mount.ts): the hydration helpers and the widget's component. */
export type Loaded<P> = [{ hydrateIsland: typeof hydrateIsland; unmountIsland: typeof unmountIsland }, { default: ComponentType<P> }];

/**
 * Starts the island in `root` (./Island.astro) with what its loader fetched,
 * behind the lock: hydrated now, or once unlocked. Here rather than in
 * ./mount.ts, which every widget page loads before it knows it needs this.
 */
export function startIsland<P extends object>(root: HTMLElement, [hydration, widget]: Loaded<P>): void {
  const view = root.querySelector<HTMLElement>(':scope > [data-island-view]');
  if (!view) return;
  let hydrated = false;
  guardLocked(
    root,
    view,
    () => {
      void hydration.hydrateIsland(root, widget.default, hydrated);
      hydrated = true;
    },
    () => hydration.unmountIsland(root),
  );
}

/**
 * Keeps a widget out of sight while the passcode lock is locked: in its
 * place, "Locked" and an Unlock button. `start` shows the widget (the first
 * time, or again after an unlock); `stop` takes it away when the site locks,
 * so nothing the reader wrote stays on the page. Plain DOM, no Preact: every
 * widget's loader uses it.
 */
export function guardLocked(root: HTMLElement, view: HTMLElement, start: () => void, stop: () => void): void {
  let panel: HTMLElement | undefined;
  let shown = false;
  $lock.subscribe((state) => {
    const locked = state === 'locked';
    if (locked && !panel) panel = root.insertBefore(lockedPanel(), view);
    if (panel) panel.hidden = !locked;
    view.hidden = locked;
    if (locked && shown) stop();
    else if (!locked && !shown) start();
    shown = !locked;
  });
}

function lockedPanel(): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'locked-panel';
  panel.innerHTML =
    '<p><strong>Locked.</strong> What you saved here is protected by your passcode.</p><button type="button">Unlock</button>';
  const button = panel.lastChild as HTMLButtonElement;
  // The unlock screen's code, and the lock's, load on the first click only. A
  // plain `import()`: the build drops Vite's preload helper from this chunk
  // (src/integrations/plain-lazy-imports.ts), and scripts/size.mjs does not
  // count what waits for a click.
  button.onclick = () => void import('./unlock').then((dialog) => dialog.openUnlock(button));
  return panel;
}
