import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage, type StorageHealth } from '~/lib/safe-storage';
import { NAMESPACE, STORAGE_KEYS } from './keys';

/**
 * Whether what the reader saves is kept on this device: 'ok', or why not.
 * Stays 'ok' during server rendering.
 */
export const $storageHealth = atom<StorageHealth>('ok');

// The same local date as todayIso() in src/lib/calendar-date.ts, written out
// here so every page's shared chunk does not carry the whole date library.
function localDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The one storage engine under every persistent store: never throws, falls
 * back to memory, and notes the day each item was first saved. A plain empty
 * object during server rendering.
 */
export const storage: Record<string, string> =
  typeof window === 'undefined'
    ? {}
    : createSafeStorage(() => window.localStorage, (health) => $storageHealth.set(health), {
        key: STORAGE_KEYS.since,
        tracks: (key) => key.startsWith(NAMESPACE),
        today: localDate,
      });

// The engine must be in place before any persistent store is created, so every
// store module takes `persistentAtom` from here rather than from the package.
if (typeof window !== 'undefined') setPersistentEngine(storage, windowPersistentEvents);

export { persistentAtom };
