import type { StorageLike } from './safe-storage';

/**
 * An in-memory Web Storage with switches for the failures browsers produce,
 * for tests of the storage engine and the stores.
 */
export class MemoryStorage implements StorageLike {
  /** What is stored, by key. */
  readonly data = new Map<string, string>();
  /** When set, every write throws it (a QuotaExceededError, a SecurityError). */
  failWrites: Error | undefined;
  /** When true, every read throws, as a blocked storage does. */
  failReads = false;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** The error browsers throw when storage is full. */
export function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}
