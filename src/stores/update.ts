import type { StoredItem } from '~/lib/stored-item';
import { persistentItem, setRebase } from './stored';

// Apart from ./stored, which every page loads: only widgets that keep lists (the pad) need this.

/**
 * How long this tab's changes are re-applied over another tab's writes, in ms.
 * Tabs hear of each other's writes within milliseconds; a few seconds covers
 * a busy phone without undoing what another tab deliberately does later.
 */
export const REAPPLY_MS = 3000;

interface RecentChange<T> {
  change(value: T): T;
  /** When it was made, ms since the epoch. */
  at: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each key keeps its own item's value type
const recent = new Map<string, RecentChange<any>[]>();

/**
 * Sets `item`'s store to `change(current value)`, and keeps re-applying
 * `change` to what other tabs write for {@link REAPPLY_MS}, so that two tabs
 * saving at the same moment both keep their change. `change` must give the
 * same value when applied twice (add a message if it is not there; remove an
 * id): it may run again on a value that already has it.
 */
export function updateItem<T>(item: StoredItem<T>, change: (value: T) => T, now: number = Date.now()): void {
  const $store = persistentItem(item);
  let changes = recent.get(item.key) as RecentChange<T>[] | undefined;
  if (!changes) {
    const list: RecentChange<T>[] = [];
    changes = list;
    recent.set(item.key, list);
    setRebase(item, (value) => {
      const at = Date.now();
      // A change dated later than now (the clock went back) is not re-applied either.
      const live = list.filter((r) => r.at <= at && at - r.at <= REAPPLY_MS);
      list.splice(0, list.length, ...live);
      return live.length ? live.reduce((v, r) => r.change(v), value) : undefined;
    });
  }
  changes.push({ change, at: now });
  $store.set(change($store.get()));
}

/** Forgets every change {@link updateItem} would re-apply: for tests, which reuse stores across cases. */
export function forgetRecentChanges(): void {
  for (const list of recent.values()) list.length = 0;
}
