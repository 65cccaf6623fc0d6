import { isRecord, parseStored } from './stored-json';

/** Every key this site writes to the device's storage starts with this ("atb:" for After the Breakup). */
export const NAMESPACE = 'atb:';

/** A stored item's name, and a family member's id: lower-case words joined by hyphens. */
export const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What one stored item declares, once: its key, how it is read and written,
 * and how the your-data page names and sums it up. Everything else (the
 * store, export, import, erase, the "since" date, cross-tab sync) reads this.
 */
export interface StoredItemSpec<T> {
  /** Lower-case words joined by hyphens; with `version` it makes the key `atb:v<version>:<name>`. */
  name: string;
  /** The format version in the key. A new, incompatible format gets a new version (and so a new key). */
  version: number;
  /** The value before anything is stored, and after an erase. `encode(initial)` must be undefined. */
  initial: T;
  /** Reads a stored text. Never throws: damaged text gives the valid part, or `initial`. */
  decode(text: string): T;
  /** The text to store, or undefined to store nothing (the value is `initial` again). */
  encode(value: T): string | undefined;
  /** Plain-language name on the your-data page ("Your no-contact plan"). */
  label: string;
  /** What a value holds, in a few words ("3 chapters"), for the your-data page; `names` are the titles the page knows. */
  summary(value: T, names?: StoredNames): string;
  /** Bookkeeping of the storage layer itself (the "since" dates): exported, imported and erased, never listed. */
  internal?: boolean;
}

/** Titles the your-data page knows, so that a summary names things as the reader sees them. */
export interface StoredNames {
  /** Chapter slug → chapter title. */
  chapters: Readonly<Record<string, string>>;
}

/** A declared stored item: its spec plus its storage key. */
export interface StoredItem<T> extends Readonly<StoredItemSpec<T>> {
  /** `atb:v<version>:<name>`, or `atb:v<version>:<name>:<id>` for a member of a family. */
  readonly key: string;
}

/**
 * Declares a stored item. Its name must be lower-case words joined by hyphens
 * and its version a whole number from 1: the unit tests hold every declared
 * item to that (./stored-item-check.ts), so every page does not carry the check.
 */
export function defineStoredItem<T>(spec: StoredItemSpec<T>): StoredItem<T> {
  return Object.freeze({ ...spec, key: `${NAMESPACE}v${spec.version}:${spec.name}` });
}

/**
 * A stored item of any value type, for lists of them all. Each item's value
 * type is invariant (decode returns it, encode takes it), so no narrower type
 * holds every item; code that reads or writes a value uses the item's own type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStoredItem = StoredItem<any>;

/** Storage key → the local date ('YYYY-MM-DD') that item was first saved. */
export type SinceMap = Readonly<Record<string, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a "since" map; damaged data gives the valid part, or an empty map. */
export function decodeSince(text: string): SinceMap {
  const parsed = parseStored(text);
  if (!isRecord(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (e): e is [string, string] => e[0].startsWith(NAMESPACE) && typeof e[1] === 'string' && ISO_DATE.test(e[1]),
    ),
  );
}

/** The day each item was first saved, for the your-data page; kept by the storage layer itself. */
export const SINCE = defineStoredItem<SinceMap>({
  name: 'since',
  version: 1,
  initial: {},
  decode: decodeSince,
  encode: (map) => {
    const keys = Object.keys(map).sort();
    return keys.length ? JSON.stringify(Object.fromEntries(keys.map((k) => [k, map[k]]))) : undefined;
  },
  label: 'When each item was first saved',
  summary: (map) => `${Object.keys(map).length} dates`,
  internal: true,
});

/** `map` with `key` first saved on `today`, unless it already has a date. */
export function withSince(map: SinceMap, key: string, today: string): SinceMap {
  return key in map ? map : { ...map, [key]: today };
}

/** `map` without `key`; the same map when it has no date for `key`. */
export function withoutSince(map: SinceMap, key: string): SinceMap {
  if (!(key in map)) return map;
  const next = { ...map };
  delete next[key];
  return next;
}

/** "1 chapter", "3 chapters": a count with its noun, for summaries. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
