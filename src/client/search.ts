/** The part of Pagefind's JavaScript API this site uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
const started = new WeakSet<HTMLDialogElement>();

/** Pagefind marks matches with <mark>; everything else in an excerpt is shown as text. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: data.url, className: 'result-title', textContent: data.meta.title ?? data.url });
  item.append(link);
  // Headings inside the chapter that match, linked to their anchors; the page itself if none do.
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const list = document.createElement('ul');
    for (const sub of subs) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title }));
      const p = document.createElement('p');
      p.append(...excerptNodes(sub.excerpt));
      li.append(p);
      list.append(li);
    }
    item.append(list);
  } else {
    const p = document.createElement('p');
    p.append(...excerptNodes(data.excerpt));
    item.append(p);
  }
  return item;
}

/** Wires the search dialog to Pagefind, loading it on first call. */
export function startSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  input?.focus();
  if (started.has(dialog) || !input || !status || !results) return;
  started.add(dialog);

  const path = dialog.dataset['pagefindPath'] ?? '/pagefind/pagefind.js';
  const baseUrl = dialog.dataset['base'] ?? '/';
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ baseUrl });
    await module.init();
    return module;
  });

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const search = await (await pagefind!).debouncedSearch(query, {}, 200);
      if (!search || input.value.trim() !== query) return; // a newer query superseded this one
      const top = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      results.replaceChildren(...top.map(renderResult));
      status.textContent = top.length ? `${search.results.length} ${search.results.length === 1 ? 'chapter matches' : 'chapters match'} “${query}”` : `Nothing found for “${query}”`;
    } catch {
      status.textContent = 'Search is not available right now. The whole guide is on one page instead.';
    }
  };
  input.addEventListener('input', () => void run());
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog box) closes it; a click on a result navigates.
    if (event.target === dialog) dialog.close();
    if ((event.target as Element).closest('a')) dialog.close();
  });
}
