import type { Loaded } from './lock-guard';
import { whenVisible } from './visible';

/** What a widget's loader fetches on demand: the hydration helpers and the widget's component. */
type Lazy<P> = () => Promise<Loaded<P>>;

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
    // The guard loads with the widget (a plain `import()`, see src/integrations/plain-lazy-imports.ts)
    // and starts it: a page whose widgets wait to be scrolled to loads none of it before then.
    // Modules by name, not destructured: the build can then drop Vite's preload helper from this chunk.
    const go = () => void Promise.all([load(), import('./lock-guard')]).then(([loaded, guard]) => guard.startIsland(root, loaded));
    if (root.dataset['hydrate'] === 'visible') whenVisible(root, go);
    else go();
  }
}
