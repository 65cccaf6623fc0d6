import { computed } from 'nanostores';
import { isSlug, LAST_CHAPTER, READ_CHAPTERS, withSlug } from '~/lib/read-progress';
import { persistentItem } from './stored';

/** Slugs of the chapters the reader has finished (scrolled to the end), kept on this device. */
export const $readChapters = persistentItem(READ_CHAPTERS);

/** Slug of the chapter the reader opened last, or '' before any. */
export const $lastChapter = persistentItem(LAST_CHAPTER);

/** The set of finished chapters, for quick look-ups. */
export const $readSet = /* @__PURE__ */ computed($readChapters, (list) => new Set(list));

/** Records that the reader reached the end of chapter `slug`. */
export function markRead(slug: string): void {
  if (!isSlug(slug)) return;
  const next = withSlug($readChapters.get(), slug);
  if (next !== $readChapters.get()) $readChapters.set(next);
}

/** Records that the reader opened chapter `slug`, for "continue where you left off". */
export function openChapter(slug: string): void {
  if (isSlug(slug) && $lastChapter.get() !== slug) $lastChapter.set(slug);
}
