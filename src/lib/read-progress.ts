import { parseStored } from './stored-json';

/** A chapter slug: lower-case words joined by hyphens (the file name of a chapter). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
