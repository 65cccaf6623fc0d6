import { atom, computed, onMount } from 'nanostores';
import type { ReplaceResult } from '~/lib/storage-replace';
import { SINCE, type AnyStoredItem, type SinceMap } from '~/lib/stored-item';
import { findStoredItem, isStoredText, storedTextFor } from '~/lib/stored-text';
import { STORED_FAMILIES, STORED_ITEMS } from '~/lib/stored-items';
import { storedKeys } from './all-keys';
import { onStoredChange, readStored, writeStored } from './engine';
import { replaceStored } from './replace';
import { localDate, persistentItem } from './stored';

// Everything here goes through the declarations (src/lib/stored-items.ts) and
// their stores: an erase or an import sets each item's store, so every widget
// on the page, and every other tab, follows at once.

/** One thing the site keeps on the device, as the your-data page lists it. */
export interface StoredEntry {
  key: string;
  /** Plain-language name. */
  label: string;
  /** What the stored value holds, in a few words ("3 chapters", "45 days from 20 October 2026, 0 slips"). */
  summary: string;
  /** The stored text, exactly as kept. */
  text: string;
  /** The day it was first saved ('YYYY-MM-DD'), when known. */
  since: string | undefined;
  /** True when the text is not what this site writes: it will be reset. */
  damaged: boolean;
}

const titles: Record<string, string> = {};
const chapterTitles: Record<string, string> = {};

/** Names family members (quizzes) by id, so the list can say which self-check an answer belongs to. */
export function nameQuizzes(quizzes: readonly { id: string; title: string }[]): void {
  for (const { id, title } of quizzes) titles[id] = title;
}

/** Names chapters by slug, so the list shows a chapter's title, not its slug. */
export function nameChapters(chapters: readonly { slug: string; title: string }[]): void {
  for (const { slug, title } of chapters) chapterTitles[slug] = title;
}

/** The declared item stored at `key`, or undefined for a key this site does not know. */
function itemFor(key: string): AnyStoredItem | undefined {
  return findStoredItem(key, STORED_ITEMS, STORED_FAMILIES, titles);
}

/** Everything this site keeps on the device, sorted by key, without its own bookkeeping. */
export function listStored(): StoredEntry[] {
  // From the engine, like every text here: the list is recomputed while a
  // store is being written, before that store's own value changes.
  const sinceText = readStored(SINCE.key);
  const since = sinceText === undefined ? SINCE.initial : SINCE.decode(sinceText);
  return storedKeys().flatMap((key) => {
    const item = itemFor(key);
    const text = readStored(key);
    if (!item || item.internal || text === undefined) return [];
    const damaged = !isStoredText(item, text);
    return [
      {
        key,
        label: item.label,
        summary: damaged ? 'damaged: will be reset' : item.summary(item.decode(text), { chapters: chapterTitles }),
        text,
        since: since[key],
        damaged,
      },
    ];
  });
}

const $changes = atom(0);
// Every write and every change in another tab counts; the list is made again from the engine.
onMount($changes, () => onStoredChange(() => $changes.set($changes.get() + 1)));

/** {@link listStored}, kept up to date with every change in this tab and in others. */
export const $stored = computed($changes, () => listStored());

/** Every stored item as text, the bookkeeping ("since" dates) included, for an export. */
export function exportStored(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of storedKeys()) {
    const text = readStored(key);
    if (itemFor(key) && text !== undefined) out[key] = text;
  }
  return out;
}

/**
 * Rules an import file is checked against: each key must be declared (a
 * quiz's answers only for a quiz this site has, once the page has named them
 * with {@link nameQuizzes}); each text is read as its item reads it.
 */
export const importRules = {
  label: (key: string): string | undefined => importable(key)?.label,
  read: (key: string, text: string): string | undefined => {
    const item = importable(key);
    return item ? storedTextFor(item, text) : undefined;
  },
};

function importable(key: string): AnyStoredItem | undefined {
  const item = itemFor(key);
  if (!item || Object.keys(titles).length === 0) return item;
  const family = STORED_FAMILIES.find((f) => f.idOf(key) !== undefined);
  const id = family?.idOf(key);
  return id === undefined || Object.hasOwn(titles, id) ? item : undefined;
}

/**
 * Erases everything this site keeps on the device: each item's store goes
 * back to its initial value (the theme follows the system again), and any
 * other key of the site's namespace is removed.
 */
export function eraseStored(): void {
  for (const key of storedKeys()) {
    const item = itemFor(key);
    if (item) persistentItem(item).set(item.initial);
    else writeStored(key, undefined);
  }
}

/** The outcome of an import: how many of the reader's items it stored, or why the device refused it (nothing changed). */
export type ImportOutcome =
  { ok: true; count: number; onlyThisVisit: boolean } | { ok: false; reason: Exclude<ReplaceResult, 'ok' | 'memory'> };

/**
 * Replaces what is stored with checked `items` (from parseImport), all or
 * nothing: the file's items are written first, then everything else is
 * removed; if the device refuses any of it (no space), what was stored stays
 * exactly as it was. The file's "since" dates are kept; items it has no date
 * for keep the date they had, or are dated `today` (the reader's local date).
 */
export function importStored(items: Readonly<Record<string, string>>, today: string = localDate()): ImportOutcome {
  const sinceText = items[SINCE.key];
  const fileSince: SinceMap = sinceText === undefined ? {} : SINCE.decode(sinceText);
  const oldSinceText = readStored(SINCE.key);
  const oldSince: SinceMap = oldSinceText === undefined ? {} : SINCE.decode(oldSinceText);
  const changes: Record<string, string | undefined> = {};
  const since: Record<string, string> = {};
  for (const [key, text] of Object.entries(items)) {
    const item = itemFor(key);
    if (!item || item.internal) continue;
    changes[key] = text;
    since[key] = fileSince[key] ?? oldSince[key] ?? today;
  }
  for (const key of storedKeys()) if (!(key in changes)) changes[key] = undefined;
  changes[SINCE.key] = SINCE.encode(since);
  const result = replaceStored(changes);
  if (result === 'ok' || result === 'memory') {
    return { ok: true, count: Object.keys(since).length, onlyThisVisit: result === 'memory' };
  }
  return { ok: false, reason: result };
}
