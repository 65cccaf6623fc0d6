/** How well the device keeps what the reader saves. */
export type StorageHealth =
  /** Saving works. */
  | 'ok'
  /** Storage is blocked or missing (private mode, disabled cookies): kept in memory for this visit only. */
  | 'unavailable'
  /** A write was refused (quota exceeded): that value is kept in memory for this visit only. */
  | 'full';

/**
 * The outcome of {@link SafeStorage.replace}: 'ok', kept on the device;
 * 'memory', kept for this visit only (storage is unavailable); 'full' or
 * 'refused', the device refused (no space, or another error) and nothing changed.
 */
export type ReplaceResult = 'ok' | 'memory' | 'full' | 'refused';

/** The part of the Web Storage API the engine uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PROBE_KEY = 'atb:probe';

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A Web Storage that never throws: what the storage engine reads and writes through. */
export interface SafeStorage {
  /** The stored text at `key`, or undefined. */
  get(key: string): string | undefined;
  /** Stores `text` at `key`; when the device refuses, keeps it in memory for this visit. */
  set(key: string, text: string): void;
  /** Removes `key`. */
  remove(key: string): void;
  /** Every key stored, in no particular order. */
  keys(): string[];
  /**
   * Makes every change in `changes` (undefined removes the key), all or
   * nothing: the new texts are written first, then the removals; if the device
   * refuses any of it, everything already changed is put back as it was and
   * the reason is returned.
   */
  replace(changes: ReadonlyMap<string, string | undefined>): ReplaceResult;
}

/**
 * Wraps a Web Storage so that no read or write ever throws. A value that
 * cannot be written to the backing storage is kept in memory instead, so the
 * page keeps working for this visit, and `onHealth` hears why ('unavailable'
 * or 'full').
 *
 * @param open returns the backing storage; it may throw (blocked storage) or return undefined.
 * @param onHealth called whenever the health changes, starting with the first check.
 */
export function createSafeStorage(open: () => StorageLike | undefined, onHealth: (health: StorageHealth) => void = () => {}): SafeStorage {
  const memory = new Map<string, string>();
  let health: StorageHealth | undefined;
  const report = (next: StorageHealth) => {
    if (next !== health) {
      health = next;
      onHealth(next);
    }
  };

  let backing: StorageLike | undefined;
  try {
    const candidate = open();
    if (candidate) {
      candidate.setItem(PROBE_KEY, '1');
      candidate.removeItem(PROBE_KEY);
      backing = candidate;
    }
  } catch (error) {
    // A full storage still reads fine; only a blocked one is unusable.
    if (isQuotaError(error)) {
      try {
        backing = open();
      } catch {
        backing = undefined;
      }
    }
  }
  report(backing ? 'ok' : 'unavailable');

  return {
    get(key) {
      if (memory.has(key)) return memory.get(key);
      try {
        return backing?.getItem(key) ?? undefined;
      } catch {
        report('unavailable');
        return undefined;
      }
    },
    set(key, text) {
      if (!backing) {
        memory.set(key, text);
        return;
      }
      try {
        backing.setItem(key, text);
        // Some browsers and extensions drop a write without an error: read it back.
        if (backing.getItem(key) !== text) throw new Error('The write was not kept');
        memory.delete(key);
      } catch (error) {
        memory.set(key, text);
        report(isQuotaError(error) ? 'full' : 'unavailable');
      }
    },
    replace(changes) {
      const ordered = [...changes].sort(([, a], [, b]) => Number(a === undefined) - Number(b === undefined));
      if (!backing) {
        for (const [key, text] of ordered) {
          if (text === undefined) memory.delete(key);
          else memory.set(key, text);
        }
        return 'memory';
      }
      const store = backing;
      const undo: { key: string; before: string | null; inMemory: string | undefined }[] = [];
      try {
        for (const [key, text] of ordered) {
          undo.push({ key, before: store.getItem(key), inMemory: memory.get(key) });
          if (text === undefined) {
            store.removeItem(key);
          } else {
            store.setItem(key, text);
            if (store.getItem(key) !== text) throw new Error('The write was not kept');
          }
          memory.delete(key);
        }
        return 'ok';
      } catch (error) {
        for (const { key, before, inMemory } of undo.reverse()) {
          try {
            if (before === null) store.removeItem(key);
            else store.setItem(key, before);
          } catch {
            // It held `before` a moment ago, so there was room for it; nothing more to try.
          }
          if (inMemory !== undefined) memory.set(key, inMemory);
        }
        return isQuotaError(error) ? 'full' : 'refused';
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Nothing to undo: the value is gone from memory and cannot be read back.
      }
    },
    keys() {
      const all = new Set(memory.keys());
      try {
        if (backing) {
          for (let i = 0; i < backing.length; i++) {
            const key = backing.key(i);
            if (key !== null && key !== PROBE_KEY) all.add(key);
          }
        }
      } catch {
        // Keys we cannot list are keys we cannot read either.
      }
      return [...all];
    },
  };
}
