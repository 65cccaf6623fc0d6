import { isRecord, parseStored } from './stored-json';

/** How well the device keeps what the reader saves. */
export type StorageHealth =
  /** Saving works. */
  | 'ok'
  /** Storage is blocked or missing (private mode, disabled cookies): kept in memory for this visit only. */
  | 'unavailable'
  /** A write was refused (quota exceeded): that value is kept in memory for this visit only. */
  | 'full';

/** Options for keeping a "saved since" date per key (shown on the your-data page). */
export interface SinceOptions {
  /** The key that holds the JSON map of key → first-saved date; it is not tracked itself. */
  key: string;
  /** Which keys to track. */
  tracks: (key: string) => boolean;
  /** Today's date ('YYYY-MM-DD'). */
  today: () => string;
}

/** Reads a "saved since" map; damaged data gives an empty map. */
export function decodeSince(encoded: string | undefined): Record<string, string> {
  const parsed = parseStored(encoded);
  if (!isRecord(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e[1])),
  );
}

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

/**
 * Wraps a Web Storage so that no read or write ever throws.
 *
 * Returns a plain-object view (`store[key]`, `key in store`, `delete store[key]`,
 * `for…in`) as `@nanostores/persistent` expects of its engine. A value that cannot
 * be written to the backing storage is kept in memory instead, so the page keeps
 * working for this visit, and `onHealth` hears why ('unavailable' or 'full').
 *
 * @param open returns the backing storage; it may throw (blocked storage) or return undefined.
 * @param onHealth called whenever the health changes, starting with the first check.
 */
export function createSafeStorage(
  open: () => StorageLike | undefined,
  onHealth: (health: StorageHealth) => void = () => {},
  since?: SinceOptions,
): Record<string, string> {
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

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backing?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const keys = (): string[] => {
    const all = new Set(memory.keys());
    try {
      if (backing) {
        for (let i = 0; i < backing.length; i++) {
          const key = backing.key(i);
          if (key !== null) all.add(key);
        }
      }
    } catch {
      // Keys we cannot list are keys we cannot read either.
    }
    return [...all];
  };

  return new Proxy({} as Record<string, string>, {
    get(_target, key) {
      return typeof key === 'string' ? read(key) : undefined;
    },
    has(_target, key) {
      return typeof key === 'string' && read(key) !== undefined;
    },
    set(_target, key, value) {
      if (typeof key !== 'string') return true;
      const text = String(value);
      if (since && key !== since.key && since.tracks(key) && read(key) === undefined) {
        const map = decodeSince(read(since.key));
        map[key] = since.today();
        write(since.key, JSON.stringify(map));
      }
      write(key, text);
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return true;
      remove(key);
      if (since && key !== since.key) {
        const map = decodeSince(read(since.key));
        if (key in map) {
          delete map[key];
          if (Object.keys(map).length) write(since.key, JSON.stringify(map));
          else remove(since.key);
        }
      }
      return true;
    },
    ownKeys() {
      return keys();
    },
    getOwnPropertyDescriptor(_target, key) {
      if (typeof key !== 'string') return undefined;
      const value = read(key);
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
  });

  function write(key: string, text: string): void {
    if (!backing) {
      memory.set(key, text);
      return;
    }
    try {
      backing.setItem(key, text);
      memory.delete(key);
    } catch (error) {
      memory.set(key, text);
      report(isQuotaError(error) ? 'full' : 'unavailable');
    }
  }

  function remove(key: string): void {
    memory.delete(key);
    try {
      backing?.removeItem(key);
    } catch {
      // Nothing to undo: the value is gone from memory and cannot be read back.
    }
  }
}
