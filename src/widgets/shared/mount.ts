import type { ComponentType } from 'preact';
import type { hydrateIsland } from './hydrate';
import { whenVisible } from './visible';

/** What a widget's loader fetches on demand: the hydration helper and the widget's component. */
type Lazy<P> = () => Promise<[{ hydrateIsland: typeof hydrateIsland }, { default: ComponentType<P> }]>;

/**
 * Brings every island called `name` on the page to life: each root rendered by
 * `Island.astro` with `data-island={name}`. A root marked `data-hydrate="visible"`
 * waits until it scrolls near the viewport; any other root starts at once.
 *
 * Every widget's `client.ts` calls this, and its block's `<script>` imports that
 * file, so Preact and the widget's code load only on pages (and at the moment)
 * that use them:
 * `mountIslands('quiz', () => Promise.all([import('../shared/hydrate'), import('./QuizRunner')]))`.
 */
export function mountIslands<P extends object>(name: string, load: Lazy<P>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const start = () => {
      void load().then(([{ hydrateIsland }, { default: Component }]) => hydrateIsland(root, Component));
    };
    if (root.dataset['hydrate'] === 'visible') whenVisible(root, start);
    else start();
  }
}
