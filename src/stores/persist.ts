import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage, type StorageHealth } from '~/lib/safe-storage';

/**
 * Whether what the reader saves is kept on this device: 'ok', or why not.
 * Stays 'ok' during server rendering.
 */
export const $storageHealth = atom<StorageHealth>('ok');

// The engine must be in place before any persistent store is created, so every
// store module takes `persistentAtom` from here rather than from the package.
if (typeof window !== 'undefined') {
  setPersistentEngine(
    createSafeStorage(() => window.localStorage, (health) => $storageHealth.set(health)),
    windowPersistentEvents,
  );
}

export { persistentAtom };
