import { announce, copyText } from './announce';

/** Heading permalinks copy their absolute URL, with an announced confirmation. */
export function initPermalinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
    const heading = link.parentElement?.querySelector('h2, h3, h4')?.textContent?.trim() ?? 'this section';
    // The link still moves to the heading (default action); copying is added on top.
    if (await copyText(url)) {
      link.setAttribute('data-copied', '');
      announce(`Link to “${heading}” copied`);
      window.setTimeout(() => link.removeAttribute('data-copied'), 2000);
    }
  });
}
