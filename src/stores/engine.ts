import { atom } from 'nanostores';
import { createSafeStorage, type SafeStorage, type StorageHealth, type StorageLike, type StorageParts } from '~/lib/safe-storage';
import { NAMESPACE } from '~/lib/stored-item';

// The one storage engine: every stored text this site reads or writes passes
// through readStored/writeStored, so a later layer (say, encryption at rest)
// has one place to go. Stores never call it for their values directly; they
// go through persistentItem() in ./stored.

/**
 * Whether what the reader saves is kept on this device: 'ok', or why not.
 * Stays 'ok' during server rendering.
 */
export const $storageHealth = atom<StorageHealth>('ok');

const inBrowser = typeof window !== 'undefined';

function open(backing: () => StorageLike | undefined, reportHealth: boolean): SafeStorage {
  return createSafeStorage(backing, (health) => {
    if (reportHealth) $storageHealth.set(health);
  });
}

// During server rendering there is no storage: an empty in-memory one that nothing writes to.
let storage = open(() => (inBrowser ? window.localStorage : undefined), inBrowser);

/** Hears that the stored text at `key` changed (`null`: any key); `elsewhere` when another tab, or a page restored from the back/forward cache, changed it. */
export type StoredChangeListener = (key: string | null, elsewhere: boolean) => void;

const listeners = new Set<StoredChangeListener>();

function emit(key: string | null, elsewhere: boolean): void {
  for (const listener of [...listeners]) listener(key, elsewhere);
}

/** The stored text at `key`, or undefined. Never throws. */
export function readStored(key: string): string | undefined {
  return storage.get(key);
}

/** Stores `text` at `key`, or removes the key when `text` is undefined, and tells every listener in this tab. Never throws. */
export function writeStored(key: string, text: string | undefined): void {
  if (text === undefined) storage.remove(key);
  else storage.set(key, text);
  emit(key, false);
}

/**
 * For an all-or-nothing change (./replace): what the storage keeps, and the
 * function that has every store read `keys` again afterwards.
 */
export function storageParts(): { parts: StorageParts; reread: (keys: readonly string[]) => void } {
  return { parts: storage.parts(), reread: (keys) => keys.forEach((key) => emit(key, true)) };
}

/** Every key of this site's namespace that holds something, sorted. */
export function storedKeys(): string[] {
  return storage
    .keys()
    .filter((key) => key.startsWith(NAMESPACE))
    .sort();
}

/** Calls `listener` on every change of a stored text; returns the function that stops it. */
export function onStoredChange(listener: StoredChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells the stores that `key` (`null`: anything) changed outside this tab.
 * The browser calls it through the `storage` event; tests call it directly.
 */
export function changedElsewhere(key: string | null): void {
  if (key === null || key.startsWith(NAMESPACE)) emit(key, true);
}

if (inBrowser) {
  window.addEventListener('storage', (event) => changedElsewhere(event.key));
  // A page restored from the back/forward cache missed the storage events of its frozen time.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) changedElsewhere(null);
  });
}

/**
 * Puts the engine on `backing` (an in-memory fake in unit tests), reporting
 * its health to {@link $storageHealth}, and has every store read it again.
 * Not for use in the browser.
 */
export function useStorageForTests(backing: StorageLike | undefined): void {
  storage = open(() => backing, true);
  changedElsewhere(null);
}
