/** How well the device keeps what the reader saves. */
export type StorageHealth =
  /** Saving works. */
  | 'ok'
  /** Storage is blocked or missing (private mode, disabled cookies): kept in memory for this visit only. */
  | 'unavailable'
  /** A write was refused (quota exceeded): that value is kept in memory for this visit only. */
  | 'full';

/** The part of the Web Storage API the engine uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The key written and removed once to test the storage (never listed: src/lib/storage-keys.ts). */
export const PROBE_KEY = 'atb:probe';

/** True for the error a browser throws when storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The inside of a {@link SafeStorage}, for an all-or-nothing change (src/lib/storage-replace.ts). */
export interface StorageParts {
  backing: StorageLike | undefined;
  memory: Map<string, string>;
}

/** A Web Storage that never throws: what the storage engine reads and writes through. */
export interface SafeStorage {
  /** The stored text at `key`, or undefined. */
  get(key: string): string | undefined;
  /** Stores `text` at `key`; when the device refuses, keeps it in memory for this visit. */
  set(key: string, text: string): void;
  /** Removes `key`. */
  remove(key: string): void;
  /** What the wrapper keeps: the backing storage (undefined when unusable) and the texts held in memory instead. */
  parts(): StorageParts;
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
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Nothing to undo: the value is gone from memory and cannot be read back.
      }
    },
    parts: () => ({ backing, memory }),
  };
}

/** What the page tells the reader when what they enter cannot be kept on the device, for each {@link StorageHealth} but `ok`. */
export const STORAGE_NOTICES: Readonly<Record<Exclude<StorageHealth, 'ok'>, string>> = {
  unavailable:
    'This browser is not letting the site save anything, so what you enter here is not saved on this device. It will be gone when you close the page.',
  full: 'Storage on this device is full, so your latest changes are not saved on this device. They will be gone when you close the page.',
};
