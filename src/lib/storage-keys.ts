import { PROBE_KEY, type StorageParts } from './safe-storage';

/**
 * Every key a {@link StorageParts} holds, in no particular order: the backing
 * storage's (never the probe) and those kept in memory. Apart from
 * ./safe-storage, which every page loads, as only the pages that list every
 * key need it (your data, the lock).
 */
export function storageKeys({ backing, memory }: StorageParts): string[] {
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
}
