import { announce, copyText } from './announce';

/** Heading permalinks copy their absolute URL, with an announced confirmation. */
export function initPermalinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    const heading = link.previousElementSibling?.textContent?.trim() ?? 'this section';
    // The link still moves to the heading (default action); copying is added on top.
    if (await copyText(link.href)) {
      link.setAttribute('data-copied', '');
      announce(`Link to “${heading}” copied`);
      window.setTimeout(() => link.removeAttribute('data-copied'), 2000);
    }
  });
}
