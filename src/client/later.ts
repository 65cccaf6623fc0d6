import { whenVisible } from '~/widgets/shared/visible';

/**
 * Builds the page's `<noscript data-later="near">` (src/components/Later.astro;
 * a page has one at most) as it comes within a screen of view, then calls `then`.
 */
export function initLater(then: () => void): void {
  const holder = document.querySelector('noscript[data-later=near]');
  // Its parent is watched: a <noscript> has no box to come into view.
  const parent = holder?.parentElement;
  if (holder && parent)
    whenVisible(
      parent,
      () => {
        holder.outerHTML = holder.textContent ?? '';
        then();
      },
      '100%',
    );
}
