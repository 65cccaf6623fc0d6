import { atom, type WritableAtom } from 'nanostores';
import { SINCE, withoutSince, withSince, type StoredItem } from '~/lib/stored-item';
import { onStoredChange, readStored, writeStored } from './engine';

/** A change made in this tab with {@link updateItem}, re-applied over other tabs' writes for a while. */
interface RecentChange {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own item's value type
  change(value: any): any;
  /** When it was made, ms since the epoch. */
  at: number;
}

interface Entry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own item's value type
  $store: WritableAtom<any>;
  /** Reads the stored text again and sets the store from it, re-applying this tab's recent changes. */
  reload(): void;
  recent: RecentChange[];
}

/**
 * How long this tab's changes are re-applied over another tab's writes, in ms.
 * Tabs hear of each other's writes within milliseconds; a few seconds covers
 * a busy phone without undoing what another tab deliberately does later.
 */
export const REAPPLY_MS = 3000;

const entries = new Map<string, Entry>();

/**
 * The store of a declared stored item: a nanostores atom whose value is read
 * from the device when the store is made, written back on every `set`, and
 * updated when another tab changes it. One atom per key: every caller gets the
 * same one. The first time an item is saved, the day is noted in {@link SINCE}.
 * During server rendering it holds `item.initial` and must not be set.
 */
export function persistentItem<T>(item: StoredItem<T>): WritableAtom<T> {
  const known = entries.get(item.key);
  if (known) return known.$store as WritableAtom<T>;
  const decoded = (text: string | undefined): T => (text === undefined ? item.initial : item.decode(text));
  const $store = atom<T>(decoded(readStored(item.key)));
  const show = $store.set.bind($store);
  $store.set = (value: T) => {
    const before = readStored(item.key);
    const text = item.encode(value);
    if (text !== before) {
      writeStored(item.key, text);
      if (!item.internal) noteSince(item.key, before === undefined, text === undefined);
    }
    show(value);
  };
  const entry: Entry = {
    $store,
    recent: [],
    reload() {
      const text = readStored(item.key);
      const cutoff = Date.now() - REAPPLY_MS;
      entry.recent = entry.recent.filter((r) => r.at >= cutoff);
      const value = entry.recent.reduce((v: T, r) => r.change(v) as T, decoded(text));
      // Another tab wrote without this tab's latest changes (both saved at once): put them back.
      if (entry.recent.length > 0 && item.encode(value) !== text) $store.set(value);
      else show(value);
    },
  };
  entries.set(item.key, entry);
  return $store;
}

/**
 * Sets `item`'s store to `change(current value)`, and keeps re-applying
 * `change` to what other tabs write for {@link REAPPLY_MS}, so that two tabs
 * saving at the same moment both keep their change. `change` must give the
 * same value when applied twice (add a message if it is not there; remove an
 * id): it may run again on a value that already has it.
 */
export function updateItem<T>(item: StoredItem<T>, change: (value: T) => T, now: number = Date.now()): void {
  const $store = persistentItem(item);
  const entry = entries.get(item.key)!;
  entry.recent.push({ change, at: now });
  $store.set(change($store.get()));
}

/** The day each stored item was first saved ('YYYY-MM-DD' by storage key), for the your-data page. */
export const $since = persistentItem(SINCE);

// The same local date as todayIso() in src/lib/calendar-date.ts, written out
// here so every page's shared chunk does not carry the whole date library.
/** Today's local date, 'YYYY-MM-DD'. */
export function localDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function noteSince(key: string, added: boolean, removed: boolean): void {
  if (added && !removed) $since.set(withSince($since.get(), key, localDate()));
  else if (removed) $since.set(withoutSince($since.get(), key));
}

onStoredChange((key, elsewhere) => {
  if (!elsewhere) return;
  if (key === null) for (const entry of entries.values()) entry.reload();
  else entries.get(key)?.reload();
});
