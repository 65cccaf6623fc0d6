import type { ComponentType } from 'preact';
import type { hydrateIsland, unmountIsland } from './hydrate';
import { whenVisible } from './visible';

/** What a widget's loader fetches on demand: the hydration helpers and the widget's component. */
type Lazy<P> = () => Promise<[{ hydrateIsland: typeof hydrateIsland; unmountIsland: typeof unmountIsland }, { default: ComponentType<P> }]>;

/**
 * Brings every island called `name` on the page to life: each root rendered by
 * `Island.astro` with `data-island={name}`. A root marked `data-hydrate="visible"`
 * waits until it scrolls near the viewport; any other root starts at once.
 *
 * Every widget's `client.ts` calls this, and its block's `<script>` imports that
 * file, so Preact and the widget's code load only on pages (and at the moment)
 * that use them:
 * `mountIslands('quiz', () => Promise.all([import('../shared/hydrate'), import('./QuizRunner')]))`.
 *
 * While the passcode lock is locked an island shows "Locked" and an Unlock
 * button instead (./lock-guard.ts), and starts once unlocked.
 */
export function mountIslands<P extends object>(name: string, load: Lazy<P>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const view = root.querySelector<HTMLElement>(':scope > [data-island-view]');
    if (!view) continue;
    let hydrated = false;
    // The guard loads with the widget (a plain `import()`, see src/integrations/plain-lazy-imports.ts):
    // a page whose widgets wait to be scrolled to loads none of it before then.
    // Modules by name, not destructured: the build can then drop Vite's preload helper from this chunk.
    const go = () =>
      void Promise.all([load(), import('./lock-guard')]).then(([[hydration, widget], guard]) =>
        guard.guardLocked(
          root,
          view,
          () => {
            hydration.hydrateIsland(root, widget.default, hydrated);
            hydrated = true;
          },
          () => hydration.unmountIsland(root),
        ),
      );
    if (root.dataset['hydrate'] === 'visible') whenVisible(root, go);
    else go();
  }
}
