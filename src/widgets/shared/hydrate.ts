import { h, hydrate, type ComponentType } from 'preact';

/**
 * Hydrates a server-rendered Preact component in `root`, with the props the
 * server wrote into the `<script type="application/json">` inside it.
 *
 * The site's islands use this instead of Astro's `client:*` directives: those
 * add a 4 KB inline runtime (1.8 KB gzip) and a renderer chunk to each page,
 * which alone would push a quiz page past its 15 KB JavaScript budget.
 */
export function hydrateIsland<P extends object>(root: HTMLElement, Component: ComponentType<P>): void {
  const data = root.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  const view = root.querySelector<HTMLElement>(':scope > [data-island-view]');
  if (!data || !view) return;
  const props = JSON.parse(data.textContent ?? '{}') as P;
  hydrate(h(Component, props), view);
}
