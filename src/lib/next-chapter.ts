/*
 * The home page's "where to go next" (src/client/next-chapter.ts). Apart from
 * ./read-progress, which every page loads, as only the home page needs it.
 */

/**
 * The one chapter the home page offers: `start` for a first-time reader (nothing
 * finished or opened yet), `next` for a returning reader, `again` once every
 * chapter is finished. A returning reader's next chapter is the one they opened
 * last if they have not finished it (they were in the middle of it), otherwise
 * the first chapter in `order` they have not finished. Slugs not in `order`
 * (a chapter since removed) are ignored. Undefined when `order` is empty.
 */
export function nextChapter(
  order: readonly string[],
  read: readonly string[],
  last: string,
): { kind: 'start' | 'next' | 'again'; slug: string } | undefined {
  const first = order[0];
  if (first === undefined) return undefined;
  const finished = new Set(read.filter((slug) => order.includes(slug)));
  const opened = order.includes(last) ? last : '';
  if (finished.size === 0 && !opened) return { kind: 'start', slug: first };
  if (opened && !finished.has(opened)) return { kind: 'next', slug: opened };
  const unread = order.find((slug) => !finished.has(slug));
  return unread === undefined ? { kind: 'again', slug: first } : { kind: 'next', slug: unread };
}
