/** A heading as Astro's `render()` reports it. */
export interface Heading {
  /** 1–6 */
  depth: number;
  /** The heading's id in the page (stable: derived from its text). */
  slug: string;
  text: string;
}

/** One entry of a table of contents: an H2 with the H3s under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Builds a two-level table of contents from a page's headings: every H2,
 * each with the H3s that follow it. An H3 before any H2 stands on its own;
 * other depths are left out.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  let current: TocItem | undefined;
  for (const { depth, slug, text } of headings) {
    if (depth === 2) {
      current = { slug, text, children: [] };
      toc.push(current);
    } else if (depth === 3) {
      const item = { slug, text, children: [] };
      if (current) current.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}
