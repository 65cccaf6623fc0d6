import { atom, type WritableAtom } from 'nanostores';
import { SINCE, withoutSince, withSince, type StoredItem } from '~/lib/stored-item';
import { onStoredChange, readStored, writeStored } from './engine';

interface Entry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own item's value type
  $store: WritableAtom<any>;
  /** Reads the stored text again and sets the store from it (through `rebase`, when set). */
  reload(): void;
  /** Adjusts a value another tab wrote, or gives undefined to take it as it is (./update). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as $store
  rebase?: ((value: any) => any) | undefined;
}

const entries = new Map<string, Entry>();

/**
 * The store of a declared stored item: a nanostores atom whose value is read
 * from the device when the store is made, written back on every `set`, and
 * updated when another tab changes it. One atom per key: every caller gets the
 * same one. The first time an item is saved, the day is noted in {@link SINCE};
 * the first time anything is saved, the browser is asked to keep the storage.
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
    reload() {
      const text = readStored(item.key);
      const value = decoded(text);
      const rebased = entry.rebase?.(value) as T | undefined;
      // Another tab wrote without this tab's latest changes (both saved at once): put them back.
      if (rebased !== undefined && item.encode(rebased) !== text) $store.set(rebased);
      else show(rebased ?? value);
    },
  };
  entries.set(item.key, entry);
  return $store;
}

/**
 * Has `item`'s store pass every value another tab writes through `rebase`
 * (undefined: take it as it is) before taking it; a rebased value that
 * differs from what is stored is written back. For ./update.
 */
export function setRebase<T>(item: StoredItem<T>, rebase: (value: T) => T | undefined): void {
  persistentItem(item);
  entries.get(item.key)!.rebase = rebase;
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
  if (added && !removed) {
    // The first thing the reader saves: ask the browser to keep this site's
    // storage (Safari otherwise clears it after seven days without a visit).
    // Asked once; /your-data/ says whether it was granted.
    // Nothing saved yet: the store still holds the declared initial map itself.
    if ($since.get() === SINCE.initial) void navigator.storage?.persist().catch(String);
    $since.set(withSince($since.get(), key, localDate()));
  } else if (removed) $since.set(withoutSince($since.get(), key));
}

onStoredChange((key, elsewhere) => {
  if (!elsewhere) return;
  if (key === null) for (const entry of entries.values()) entry.reload();
  else entries.get(key)?.reload();
});
