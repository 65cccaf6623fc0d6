import { atom } from 'nanostores';
import { isSealedKey, LOCK_KEY } from '~/lib/lock-keys';
import { createSafeStorage, type SafeStorage, type StorageHealth, type StorageLike, type StorageParts } from '~/lib/safe-storage';
import { NAMESPACE } from '~/lib/stored-item';

// The one storage engine: every stored text this site reads or writes passes
// through readStored/writeStored. Stores never call it for their values
// directly; they go through persistentItem() in ./stored.
//
// With the passcode lock on, sealed keys (src/lib/lock-keys.ts) hold
// ciphertext, and the engine reads and writes them through a Vault instead:
// while locked, one that holds nothing and drops every write (no plain text
// reaches storage, no ciphertext is overwritten); once unlocked, ./lock's,
// which keeps the decrypted texts in memory and encrypts each write into
// storage. Everything else of the lock lives in ./lock, loaded on demand, so
// that every page's shared chunk stays small.

/**
 * Whether what the reader saves is kept on this device: 'ok', or why not.
 * Stays 'ok' during server rendering.
 */
export const $storageHealth = atom<StorageHealth>('ok');

/** The passcode lock: 'off' (no passcode), 'locked' (stored data cannot be read), or 'open' (unlocked in this tab). */
export type LockState = 'off' | 'locked' | 'open';

/** The passcode lock's state in this tab. Stays 'off' during server rendering. */
export const $lock = atom<LockState>('off');

/** Where sealed keys are read and written while the lock is on (see above). */
export interface Vault {
  get(key: string): string | undefined;
  /** Keeps `text` at `key` (undefined removes it). */
  set(key: string, text: string | undefined): void;
  /** Every sealed key it holds. */
  keys(): string[];
  /** Another tab changed the sealed `key` (`null`: anything); the vault tells the stores (all of them, for `null`) once it has read it. */
  changed(key: string | null): void;
}

// Locked: nothing to read, nowhere to write.
const LOCKED: Vault = {
  get() {
    return undefined;
  },
  set() {},
  keys: () => [],
  changed: (key) => emit(key, true),
};

const inBrowser = typeof window !== 'undefined';

function open(backing: () => StorageLike | undefined, reportHealth: boolean): SafeStorage {
  return createSafeStorage(backing, (health) => {
    if (reportHealth) $storageHealth.set(health);
  });
}

// During server rendering there is no storage: an empty in-memory one that nothing writes to.
let storage = open(() => (inBrowser ? window.localStorage : undefined), inBrowser);
let vault: Vault | undefined;

/** Hears that the stored text at `key` changed (`null`: any key); `elsewhere` when another tab, or a page restored from the back/forward cache, changed it. */
export type StoredChangeListener = (key: string | null, elsewhere: boolean) => void;

const listeners = new Set<StoredChangeListener>();

function emit(key: string | null, elsewhere: boolean): void {
  for (const listener of [...listeners]) listener(key, elsewhere);
}

/** The stored text at `key`, or undefined (always, for a sealed key while locked). Never throws. */
export function readStored(key: string): string | undefined {
  return vault && isSealedKey(key) ? vault.get(key) : storage.get(key);
}

/** Stores `text` at `key`, or removes the key when `text` is undefined, and tells every listener in this tab. Never throws. */
export function writeStored(key: string, text: string | undefined): void {
  if (vault && isSealedKey(key)) vault.set(key, text);
  else if (text === undefined) storage.remove(key);
  else storage.set(key, text);
  emit(key, false);
}

/**
 * For an all-or-nothing change (./replace): what the storage keeps, and the
 * function that has every store read `keys` again afterwards. Only with the
 * lock off: with it on, ./replace writes through {@link writeStored}.
 */
export function storageParts(): { parts: StorageParts; reread: (keys: readonly string[]) => void } {
  return { parts: storage.parts(), reread: (keys) => keys.forEach((key) => emit(key, true)) };
}

/** Calls `listener` on every change of a stored text; returns the function that stops it. */
export function onStoredChange(listener: StoredChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells the stores that `key` (`null`: anything) changed outside this tab.
 * The browser calls it through the `storage` event; tests call it directly.
 * Another tab turning the lock on, changing the passcode or removing it
 * locks this tab, or turns the lock off here too.
 */
export function changedElsewhere(key: string | null): void {
  const on = storage.get(LOCK_KEY) !== undefined;
  if (key === LOCK_KEY || on !== !!vault) useVault(on ? undefined : null);
  else if (vault && (key === null || isSealedKey(key))) vault.changed(key);
  else if (key === null || key.startsWith(NAMESPACE)) emit(key, true);
}

/**
 * Switches the lock in this tab, and has every store read again: `null`, the
 * lock is off; undefined, locked; a vault, open with it. For ./lock.
 */
export function useVault(next: Vault | null | undefined): void {
  vault = next === null ? undefined : (next ?? LOCKED);
  $lock.set(next === null ? 'off' : next ? 'open' : 'locked');
  emit(null, true);
}

/** The storage under the engine, ciphertext and all. For ./lock and ./all-keys only. */
export const rawStorage = (): SafeStorage => storage;

/** The vault sealed keys go through while the lock is on; undefined while it is off. For ./all-keys only. */
export const currentVault = (): Vault | undefined => vault;

if (inBrowser) {
  if (storage.get(LOCK_KEY) !== undefined) useVault(undefined);
  window.addEventListener('storage', (event) => changedElsewhere(event.key));
  // A page restored from the back/forward cache missed the storage events of its frozen time.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) changedElsewhere(null);
  });
}

/**
 * Puts the engine on `backing` (an in-memory fake in unit tests), reporting
 * its health to {@link $storageHealth}, locked when it holds a lock, and has
 * every store read it again. Not for use in the browser.
 */
export function useStorageForTests(backing: StorageLike | undefined): void {
  storage = open(() => backing, true);
  useVault(storage.get(LOCK_KEY) === undefined ? null : undefined);
}
