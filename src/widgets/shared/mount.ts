import type { Loaded, startIsland } from './lock-guard';
import { whenVisible } from './visible';

/** What a widget's loader fetches on demand: the hydration helpers, the widget's component and the lock's guard. */
type Lazy<P> = () => Promise<[...Loaded<P>, { startIsland: typeof startIsland }]>;

/**
 * Brings every island called `name` on the page to life: each root rendered by
 * `Island.astro` with `data-island={name}`. A root marked `data-hydrate="visible"`
 * waits until it scrolls near the viewport; any other root starts at once.
 *
 * Every widget's `client.ts` calls this, and its block's `<script>` imports that
 * file, so Preact and the widget's code load only on pages (and at the moment)
 * that use them:
 * `mountIslands('quiz', () => Promise.all([import('../shared/hydrate'), import('./QuizRunner'), import('../shared/lock-guard')]))`.
 * The loader names the guard (./lock-guard.ts) too, so that this module has no
 * lazy import of its own and can live in the chunk every page loads.
 *
 * While the passcode lock is locked an island shows "Locked" and an Unlock
 * button instead (./lock-guard.ts), and starts once unlocked.
 */
export function mountIslands<P extends object>(name: string, load: Lazy<P>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    // The guard loads with the widget and starts it: a page whose widgets wait to be scrolled to loads none of it before then.
    const go = () => void load().then(([hydration, widget, guard]) => guard.startIsland(root, [hydration, widget]));
    if (root.dataset['hydrate'] === 'visible') whenVisible(root, go);
    else go();
  }
}
