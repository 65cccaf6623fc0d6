import { isIsoDate } from './calendar-date';
import { parseStored } from './stored-json';
import { defineStoredItem, plural } from './stored-item';

/** A message the reader wrote here instead of sending it to their ex. */
export interface UnsentMessage {
  /** Unique within the list. */
  id: string;
  /** When it was saved: an ISO 8601 date-time in UTC, such as `2026-11-27T22:41:05.000Z`. */
  savedAt: string;
  /** The message, trimmed and never empty. */
  text: string;
}

/** The longest message kept, in UTF-16 code units (what a textarea's `maxlength` counts). */
export const MAX_MESSAGE_LENGTH = 5000;

/** The optional pause before deciding anything, in milliseconds (10 minutes). */
export const PAUSE_MS = 600_000;

/** What the pad tells the reader after they keep or delete a message: one source for the island and its tests. */
export const PAD_STATUS = {
  blank: 'Write something first. Nothing was saved.',
  tooLong: `That is longer than ${MAX_MESSAGE_LENGTH.toLocaleString('en-GB')} characters, the most the pad keeps. Nothing was saved.`,
  saved: 'Saved on this device. It was not sent to anyone.',
  deleted: 'Message deleted.',
  restored: 'Message put back.',
  deletedAll: 'All messages deleted.',
} as const;

// Characters that show nothing: whitespace, zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen.
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;

/** True when `text` has nothing a reader could see: only whitespace or zero-width characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/**
 * Why `text` cannot be kept on the pad, as the sentence to show the reader
 * ({@link PAD_STATUS}), or `undefined` when {@link addMessage} keeps it.
 * Blank means nothing a reader could see ({@link isBlank}); length is counted after trimming.
 */
export function checkMessage(text: string): string | undefined {
  if (isBlank(text)) return PAD_STATUS.blank;
  if (text.trim().length > MAX_MESSAGE_LENGTH) return PAD_STATUS.tooLong;
  return undefined;
}

/**
 * A new message: `text` trimmed, stamped with `now`.
 * @throws RangeError when `text` is one {@link checkMessage} refuses, `id` is empty, or `now` is an invalid Date.
 */
export function newMessage(text: string, now: Date, id: string): UnsentMessage {
  const problem = checkMessage(text);
  if (problem !== undefined) throw new RangeError(problem);
  if (id === '') throw new RangeError('A message needs an id');
  if (Number.isNaN(now.getTime())) throw new RangeError('newMessage needs a valid Date');
  return { id, savedAt: now.toISOString(), text: text.trim() };
}

/** Newest first; messages saved in the same millisecond by their id, so every tab orders them alike. */
function newestFirst(a: UnsentMessage, b: UnsentMessage): number {
  return Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The list with `message` in its place (newest first), or the same list when
 * a message with its id is already there. Applying it twice changes nothing,
 * which is what lets two tabs re-apply each other's saves safely.
 */
export function withMessage(list: readonly UnsentMessage[], message: UnsentMessage): readonly UnsentMessage[] {
  if (list.some((m) => m.id === message.id)) return list;
  return [...list, message].sort(newestFirst);
}

/** The list without the messages `ids`, or the same list when it has none of them. */
export function withoutMessages(list: readonly UnsentMessage[], ids: ReadonlySet<string>): readonly UnsentMessage[] {
  return list.some((m) => ids.has(m.id)) ? list.filter((m) => !ids.has(m.id)) : list;
}

const UTC_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$/;

// Date.parse alone accepts 30 February and 24:00, so the date part is checked on its own.
function isUtcDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = UTC_DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

function decodeMessage(value: unknown): UnsentMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, savedAt, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || !isUtcDateTime(savedAt)) return undefined;
  if (typeof text !== 'string' || isBlank(text) || text.trim().length > MAX_MESSAGE_LENGTH) return undefined;
  return { id, savedAt, text };
}

/**
 * Reads stored messages, newest first (in any order stored: a clock that went
 * back leaves them out of order). Never throws: damaged JSON or a non-array
 * gives `[]`; entries that are malformed, blank, too long, or repeat an
 * earlier id are dropped; unknown fields are dropped.
 */
export function decodeMessages(encoded: string | undefined): UnsentMessage[] {
  const parsed = parseStored(encoded);
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  const messages: UnsentMessage[] = [];
  for (const value of parsed) {
    const message = decodeMessage(value);
    if (message && !seen.has(message.id)) {
      seen.add(message.id);
      messages.push(message);
    }
  }
  return messages.sort(newestFirst);
}

/** The list as JSON, for storage; {@link decodeMessages} reads it back. */
export function encodeMessages(list: readonly UnsentMessage[]): string {
  return JSON.stringify(list.map(({ id, savedAt, text }) => ({ id, savedAt, text })));
}

/**
 * Milliseconds left of a pause that started at `startedAt` (all times in ms
 * since the epoch), clamped to 0–`durationMs`: a clock that moved backwards
 * never makes the pause longer.
 * @throws RangeError when a time is not finite or `durationMs` is negative.
 */
export function pauseRemaining(startedAt: number, now: number, durationMs: number = PAUSE_MS): number {
  if (!Number.isFinite(startedAt) || !Number.isFinite(now) || !Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError('pauseRemaining needs finite times and a duration of 0 ms or more');
  }
  return Math.min(durationMs, Math.max(0, startedAt + durationMs - now));
}

/**
 * Where a pause stands: `idle` when none was started, `running` with the
 * milliseconds left (always more than 0), or `over` once its time has passed.
 */
export type PausePhase = { kind: 'idle' } | { kind: 'running'; remainingMs: number } | { kind: 'over' };

/**
 * The {@link PausePhase} at `now` of a pause that started at `startedAt` (both
 * in ms since the epoch; a `startedAt` of 0 or less means none was started).
 * @throws RangeError as {@link pauseRemaining} does.
 */
export function pausePhase(startedAt: number, now: number, durationMs: number = PAUSE_MS): PausePhase {
  if (startedAt <= 0) return { kind: 'idle' };
  const remainingMs = pauseRemaining(startedAt, now, durationMs);
  return remainingMs > 0 ? { kind: 'running', remainingMs } : { kind: 'over' };
}

/**
 * A countdown as minutes and seconds: `'10:00'`, `'9:59'`, `'0:05'`. Rounds up
 * to the next whole second, so `'0:00'` appears only when the time is up;
 * negative times show `'0:00'`.
 * @throws RangeError when `ms` is not finite.
 */
export function formatCountdown(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatCountdown needs a finite time, got ${ms}`);
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Messages written on the pad instead of sent, newest first. */
export const UNSENT_MESSAGES = defineStoredItem<readonly UnsentMessage[]>({
  name: 'unsent-messages',
  version: 1,
  initial: [],
  decode: decodeMessages,
  encode: (list) => (list.length ? encodeMessages(list) : undefined),
  label: 'Unsent messages',
  summary: (list) => plural(list.length, 'message'),
});

/** When the current 10-minute pause started (ms since the epoch), or 0 when none runs. */
export const PAUSE_STARTED_AT = defineStoredItem<number>({
  name: 'pause-started-at',
  version: 1,
  initial: 0,
  decode: (text) => {
    const ms = /^\d{1,15}$/.test(text) ? Number(text) : 0;
    return ms > 0 ? ms : 0;
  },
  encode: (ms) => (ms > 0 ? String(ms) : undefined),
  label: 'A 10-minute pause',
  summary: () => 'start time',
});
