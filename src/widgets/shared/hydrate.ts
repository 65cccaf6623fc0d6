import { h, hydrate, render, type ComponentType } from 'preact';

/**
 * Hydrates a server-rendered Preact component in `root`, with the props the
 * server wrote into the `<script type="application/json">` inside it, and
 * those in the JSON file at its `data-props-href` when it has one (fetched
 * first). If that file cannot be fetched the island is marked
 * `data-island-failed`, and its widget shows its paper version (widgets.css).
 *
 * The site's islands use this instead of Astro's `client:*` directives: those
 * add a 4 KB inline runtime (1.8 KB gzip) and a renderer chunk to each page,
 * which alone would push a quiz page past its 15 KB JavaScript budget.
 */
export function hydrateIsland<P extends object>(root: HTMLElement, Component: ComponentType<P>, again = false): void | Promise<void> {
  const data = root.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  const view = root.querySelector<HTMLElement>(':scope > [data-island-view]');
  if (!data || !view) return;
  const props = JSON.parse(data.textContent ?? '{}') as P;
  // `again`: after an unmount (the site locked), into an empty view.
  const start = (all: P) => (again ? render : hydrate)(h(Component, all), view);
  const href = root.dataset['propsHref'];
  if (!href) return start(props);
  return fetch(href)
    .then((response) => (response.ok ? (response.json() as Promise<Partial<P>>) : Promise.reject(new Error(`${href}: ${response.status}`))))
    .then(
      (fetched) => start({ ...fetched, ...props }),
      () => void (root.dataset['islandFailed'] = ''),
    );
}

/** Takes the component out of `root` (the site locked): nothing it showed stays in the page. */
export function unmountIsland(root: HTMLElement): void {
  const view = root.querySelector<HTMLElement>(':scope > [data-island-view]');
  if (view) render(null, view);
}
