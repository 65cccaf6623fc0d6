import { computed } from 'nanostores';
import { decodeSlugList, isSlug, withSlug } from '~/lib/read-progress';
import { STORAGE_KEYS } from './keys';
import { persistentAtom } from './persist';

/** Slugs of the chapters the reader has finished (scrolled to the end), kept on this device. */
export const $readChapters = persistentAtom<readonly string[]>(STORAGE_KEYS.readChapters, [], {
  encode: (list) => (list.length ? JSON.stringify(list) : undefined),
  decode: decodeSlugList,
});

/** Slug of the chapter the reader opened last, or '' before any. */
export const $lastChapter = persistentAtom<string>(STORAGE_KEYS.lastChapter, '', {
  encode: (slug) => slug || undefined,
  decode: (stored) => (isSlug(stored) ? stored : ''),
});

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
