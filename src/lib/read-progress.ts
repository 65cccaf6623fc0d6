import { parseStored } from './stored-json';
import { defineStoredItem, NAME, plural } from './stored-item';

/** A chapter slug: lower-case words joined by hyphens (the file name of a chapter), as a stored item's name is. */
export const SLUG_PATTERN = NAME;

/** True when `value` is a well-formed chapter slug. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && SLUG_PATTERN.test(value);
}

/**
 * Decodes a stored list of chapter slugs. Never throws: damaged JSON, a
 * non-array or malformed entries give the valid part (possibly `[]`).
 */
export function decodeSlugList(encoded: string | undefined): string[] {
  const parsed = parseStored(encoded);
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter(isSlug))];
}

/** Adds `slug` to `list` (no duplicates); returns the same list when nothing changes. */
export function withSlug(list: readonly string[], slug: string): readonly string[] {
  return list.includes(slug) ? list : [...list, slug];
}

/** Slugs of the chapters the reader has finished (scrolled to the end). */
export const READ_CHAPTERS = defineStoredItem<readonly string[]>({
  name: 'read-chapters',
  version: 1,
  initial: [],
  decode: decodeSlugList,
  encode: (list) => (list.length ? JSON.stringify(list) : undefined),
  label: 'Chapters you finished',
  summary: (list) => plural(list.length, 'chapter'),
});

/** Slug of the chapter the reader opened last, or '' before any. */
export const LAST_CHAPTER = defineStoredItem<string>({
  name: 'last-chapter',
  version: 1,
  initial: '',
  decode: (text) => (isSlug(text) ? text : ''),
  encode: (slug) => slug || undefined,
  label: 'The chapter you opened last',
  // The title when the page knows it; a slug made readable otherwise (a chapter since removed).
  summary: (slug, names) => names?.chapters[slug] ?? slug.replace(/-/g, ' '),
});
