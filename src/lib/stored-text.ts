import type { AnyStoredFamily } from './stored-family';
import type { AnyStoredItem, StoredItem } from './stored-item';
import { isRecord, parseStored } from './stored-json';

// Apart from ./stored-item, which every page loads: only the your-data page looks up keys and reads stored texts this way.

/** The item a key belongs to among `items` and `families`, or undefined for a key this site does not know. */
export function findStoredItem(
  key: string,
  items: readonly AnyStoredItem[],
  families: readonly AnyStoredFamily[],
  titles: Readonly<Record<string, string>> = {},
): AnyStoredItem | undefined {
  const item = items.find((i) => i.key === key);
  if (item) return item;
  for (const family of families) {
    const id = family.idOf(key);
    if (id !== undefined) return family.member(id, Object.hasOwn(titles, id) ? titles[id] : undefined);
  }
  return undefined;
}

/**
 * The text this site would write for what `text` holds, or undefined when
 * `text` is damaged: some of it cannot be read, so decoding would drop or
 * change data. Harmless differences are accepted and straightened out: JSON
 * whitespace, the order of object keys and of list entries (a list kept in
 * time order is sorted again by its decoder). Never throws.
 */
export function storedTextFor<T>(item: StoredItem<T>, text: string): string | undefined {
  try {
    // The site never stores a value that encodes to nothing, so such a text is damaged.
    const canonical = item.encode(item.decode(text));
    if (canonical === undefined || canonical === text) return canonical;
    const parsed = parseStored(text);
    if (parsed === undefined) return canonical === text.trim() ? canonical : undefined;
    return sameJsonContent(parsed, parseStored(canonical)) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** True when `text` can be read for `item` without losing anything ({@link storedTextFor}). Never throws. */
export function isStoredText<T>(item: StoredItem<T>, text: string): boolean {
  return storedTextFor(item, text) !== undefined;
}

/**
 * True when two parsed JSON values hold the same data, whatever the order of
 * object keys or of array entries (arrays are compared as multisets): what
 * makes a pretty-printed or reordered stored text the same as the one this
 * site writes.
 */
export function sameJsonContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// One text per content: object keys sorted, array entries sorted by their own canonical text.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).sort().join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
