import { parseStored } from './stored-json';
import { defineStoredItem, plural } from './stored-item';
import { isBlank } from './unsent';

/** One of the reader's own reasons for giving the other person space. */
export interface Reason {
  /** Unique within the list. */
  id: string;
  /** The reason in the reader's words, trimmed, never blank, at most {@link MAX_REASON_LENGTH} UTF-16 code units. */
  text: string;
}

/** The longest reason kept, in UTF-16 code units (what an input's `maxlength` counts). */
export const MAX_REASON_LENGTH = 280;

/** The most reasons kept: a list to read in a hard minute, not an archive. */
export const MAX_REASONS = 30;

/** What the reasons list tells the reader: one source for the island and its tests. */
export const REASON_STATUS = {
  blank: 'Write a reason first. Nothing was saved.',
  tooLong: `That is longer than ${MAX_REASON_LENGTH} characters. Nothing was saved.`,
  full: `You have ${MAX_REASONS} reasons, the most this list keeps. Delete one to add another.`,
  added: 'Reason saved on this device.',
  edited: 'Reason changed.',
  deleted: 'Reason deleted.',
} as const;

/**
 * Why `text` cannot be a reason, as the sentence to show ({@link REASON_STATUS}),
 * or `undefined` when it can. Length is counted after trimming.
 */
export function checkReason(text: string): string | undefined {
  if (isBlank(text)) return REASON_STATUS.blank;
  if (text.trim().length > MAX_REASON_LENGTH) return REASON_STATUS.tooLong;
  return undefined;
}

/** The list with `reason` added at the end; the same list when its id is there already or the list is full. */
export function withReason(list: readonly Reason[], reason: Reason): readonly Reason[] {
  if (list.length >= MAX_REASONS || list.some((r) => r.id === reason.id)) return list;
  return [...list, reason];
}

/** The list with reason `id`'s text replaced by `text` (trimmed); the same list when `id` is not there or `text` is refused. */
export function withReasonText(list: readonly Reason[], id: string, text: string): readonly Reason[] {
  if (checkReason(text) !== undefined || !list.some((r) => r.id === id)) return list;
  return list.map((r) => (r.id === id ? { id, text: text.trim() } : r));
}

/** The list without reason `id`, or the same list when it is not there. */
export function withoutReason(list: readonly Reason[], id: string): readonly Reason[] {
  return list.some((r) => r.id === id) ? list.filter((r) => r.id !== id) : list;
}

/**
 * Reads stored reasons in their stored order. Never throws: damaged JSON or a
 * non-array gives `[]`; entries that are malformed, blank, too long or repeat
 * an earlier id are dropped, as is everything after the first {@link MAX_REASONS}.
 */
export function decodeReasons(encoded: string | undefined): Reason[] {
  const parsed = parseStored(encoded);
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const value of parsed) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const { id, text } = value as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || seen.has(id) || typeof text !== 'string') continue;
    if (checkReason(text) !== undefined || text !== text.trim()) continue;
    seen.add(id);
    reasons.push({ id, text });
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons;
}

/** The list as JSON, for storage; {@link decodeReasons} reads it back unchanged. */
export function encodeReasons(list: readonly Reason[]): string {
  return JSON.stringify(list.map(({ id, text }) => ({ id, text })));
}

/** "Why I am giving this space": the reader's own reasons, in the order they wrote them. */
export const REASONS = defineStoredItem<readonly Reason[]>({
  name: 'reasons',
  version: 1,
  initial: [],
  decode: decodeReasons,
  encode: (list) => (list.length ? encodeReasons(list) : undefined),
  label: 'Your reasons for giving space',
  summary: (list) => plural(list.length, 'reason'),
});
