// @ts-check
// The search dialog's code, loaded on first open only (see
// src/client/search-opener.ts). It lives in public/ and is imported by URL so
// that pages carry no bundler preload helper (about 0.9 KB gzip on every page)
// just for this one lazy import. Pagefind and its index load from here.

/**
 * @typedef {{ title: string, url: string, excerpt: string }} SubResult
 * @typedef {{ url: string, excerpt: string, meta: { title?: string, part?: string }, sub_results: SubResult[] }} ResultData
 * @typedef {{ data(): Promise<ResultData> }} Result
 * @typedef {{
 *   options(options: { baseUrl: string }): Promise<void>,
 *   init(): Promise<void>,
 *   debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: Result[] } | null>
 * }} Pagefind
 */

/** @type {Promise<Pagefind> | undefined} */
let pagefind;
/** @type {WeakSet<HTMLDialogElement>} */
const started = new WeakSet();

/**
 * Pagefind marks matches with <mark>; everything else in an excerpt is shown as text.
 * @param {string} excerpt
 * @returns {Node[]}
 */
function excerptNodes(excerpt) {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}

/**
 * @param {string} tag
 * @param {Record<string, string>} props
 */
function el(tag, props = {}) {
  return Object.assign(document.createElement(tag), props);
}

/**
 * One chapter in the results: its title and the part of the guide it is in, then the matching headings inside it (or an excerpt).
 * @param {ResultData} data
 */
function renderResult(data) {
  const item = el('li');
  item.append(el('a', { href: data.url, className: 'result-title', textContent: data.meta.title ?? data.url }));
  if (data.meta.part) item.append(' ', el('span', { className: 'result-part', textContent: data.meta.part }));
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const list = el('ul');
    for (const sub of subs) {
      const li = el('li');
      const p = el('p');
      p.append(...excerptNodes(sub.excerpt));
      li.append(el('a', { href: sub.url, textContent: sub.title }), p);
      list.append(li);
    }
    item.append(list);
  } else {
    const p = el('p');
    p.append(...excerptNodes(data.excerpt));
    item.append(p);
  }
  return item;
}

/**
 * Wires the search dialog to Pagefind, loading Pagefind on first call.
 * @param {HTMLDialogElement} dialog
 */
export function startSearch(dialog) {
  /** @type {HTMLInputElement | null} */
  const input = dialog.querySelector('[data-search-input]');
  /** @type {HTMLElement | null} */
  const status = dialog.querySelector('[data-search-status]');
  /** @type {HTMLOListElement | null} */
  const results = dialog.querySelector('[data-search-results]');
  input?.focus();
  if (started.has(dialog) || !input || !status || !results) return;
  started.add(dialog);

  const path = dialog.dataset['pagefindPath'] ?? '/pagefind/pagefind.js';
  const baseUrl = dialog.dataset['base'] ?? '/';
  pagefind ??= import(/* @vite-ignore */ path).then(async (/** @type {Pagefind} */ module) => {
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
      const search = await (await /** @type {Promise<Pagefind>} */ (pagefind)).debouncedSearch(query, {}, 200);
      if (!search || input.value.trim() !== query) return; // a newer query superseded this one
      const top = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      results.replaceChildren(...top.map(renderResult));
      const n = search.results.length;
      status.textContent = n ? `${n} ${n === 1 ? 'chapter matches' : 'chapters match'} “${query}”` : `Nothing found for “${query}”`;
    } catch {
      status.textContent = 'Search is not available right now. The whole guide is on one page instead.';
    }
  };
  input.addEventListener('input', () => void run());
  // The reader may have typed while this code was loading.
  if (input.value.trim()) void run();
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop closes the dialog; so does following a result.
    const target = /** @type {Element} */ (event.target);
    if (target === dialog || target.closest('a')) dialog.close();
  });
}
