import { atom } from 'nanostores';
import { isSealedKey, LOCK_KEY } from '~/lib/lock-keys';
import { createSafeStorage, type SafeStorage, type StorageHealth, type StorageLike, type StorageParts } from '~/lib/safe-storage';
import { NAMESPACE } from '~/lib/stored-item';

// The one storage engine: every stored text this site reads or writes passes
// through readStored/writeStored. Stores never call it for their values
// directly; they go through persistentItem() in ./stored.
//
// With the passcode lock on (./lock), what is stored under a sealed key
// (src/lib/lock-keys.ts) is ciphertext. Web Crypto is asynchronous and this
// engine is not, so after an unlock the texts live decrypted in memory
// (`opened`), reads come from there, and each write goes to memory at once and
// to storage, encrypted, by `seal` in order. While locked, sealed keys read as
// nothing and writes to them are dropped: no plain text reaches storage and no
// ciphertext is overwritten.

/**
 * Whether what the reader saves is kept on this device: 'ok', or why not.
 * Stays 'ok' during server rendering.
 */
export const $storageHealth = atom<StorageHealth>('ok');

/** The passcode lock: 'off' (no passcode), 'locked' (stored data cannot be read), or 'open' (unlocked in this tab). */
export type LockState = 'off' | 'locked' | 'open';

/** The passcode lock's state in this tab. Stays 'off' during server rendering. */
export const $lock = atom<LockState>('off');

const inBrowser = typeof window !== 'undefined';

function open(backing: () => StorageLike | undefined, reportHealth: boolean): SafeStorage {
  return createSafeStorage(backing, (health) => {
    if (reportHealth) $storageHealth.set(health);
  });
}

// During server rendering there is no storage: an empty in-memory one that nothing writes to.
let storage = open(() => (inBrowser ? window.localStorage : undefined), inBrowser);
let opened: Map<string, string> | undefined;
let seal: ((key: string, text: string | undefined) => void) | undefined;

/** Hears that the stored text at `key` changed (`null`: any key); `elsewhere` when another tab, or a page restored from the back/forward cache, changed it. */
export type StoredChangeListener = (key: string | null, elsewhere: boolean) => void;

const listeners = new Set<StoredChangeListener>();

function emit(key: string | null, elsewhere: boolean): void {
  for (const listener of [...listeners]) listener(key, elsewhere);
}

/** The stored text at `key`, or undefined (always, for a sealed key while locked). Never throws. */
export function readStored(key: string): string | undefined {
  if ($lock.get() === 'off' || !isSealedKey(key)) return storage.get(key);
  return opened?.get(key);
}

/**
 * Stores `text` at `key`, or removes the key when `text` is undefined, and
 * tells every listener in this tab. Never throws. While locked, a write to a
 * sealed key is dropped (and nobody is told).
 */
export function writeStored(key: string, text: string | undefined): void {
  if ($lock.get() !== 'off' && isSealedKey(key)) {
    if (!opened || !seal) return;
    if (text === undefined) opened.delete(key);
    else opened.set(key, text);
    seal(key, text);
  } else if (text === undefined) storage.remove(key);
  else storage.set(key, text);
  emit(key, false);
}

/**
 * For an all-or-nothing change (./replace): what the storage keeps, and the
 * function that has every store read `keys` again afterwards. While unlocked
 * the parts are the decrypted texts, each change sealed into storage as it is made.
 */
export function storageParts(): { parts: StorageParts; reread: (keys: readonly string[]) => void } {
  const reread = (keys: readonly string[]) => keys.forEach((key) => emit(key, true));
  if ($lock.get() === 'off') return { parts: storage.parts(), reread };
  const backing: StorageLike = {
    get length() {
      return 0;
    },
    key: () => null,
    getItem: (key) => readStored(key) ?? null,
    setItem: (key, text) => writeQuietly(key, text),
    removeItem: (key) => writeQuietly(key, undefined),
  };
  return { parts: { backing, memory: new Map() }, reread };
}

function writeQuietly(key: string, text: string | undefined): void {
  const before = [...listeners];
  listeners.clear();
  try {
    writeStored(key, text);
  } finally {
    before.forEach((listener) => listeners.add(listener));
  }
}

/** Every key of this site's namespace that holds something (the lock's own record aside), sorted. */
export function storedKeys(): string[] {
  const keys = new Set(storage.keys().filter((key) => key.startsWith(NAMESPACE) && key !== LOCK_KEY));
  if ($lock.get() !== 'off') {
    for (const key of [...keys]) if (isSealedKey(key)) keys.delete(key);
    for (const key of opened?.keys() ?? []) keys.add(key);
  }
  return [...keys].sort();
}

/** Calls `listener` on every change of a stored text; returns the function that stops it. */
export function onStoredChange(listener: StoredChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let refresh: ((key: string | null) => void) | undefined;

/**
 * Tells the stores that `key` (`null`: anything) changed outside this tab.
 * The browser calls it through the `storage` event; tests call it directly.
 * Another tab turning the lock on, changing the passcode or removing it
 * changes this tab's lock state; a sealed value another tab wrote is opened
 * (by ./lock) before the stores hear of it.
 */
export function changedElsewhere(key: string | null): void {
  if (key === null || key === LOCK_KEY) {
    const on = storage.get(LOCK_KEY) !== undefined;
    if (key === LOCK_KEY || on !== ($lock.get() !== 'off')) return lockParts.set(on ? 'locked' : 'off');
  }
  if (key !== null && !key.startsWith(NAMESPACE)) return;
  if (refresh && (key === null || isSealedKey(key))) refresh(key);
  else emit(key, true);
}

function setLock(state: LockState, texts?: Map<string, string>, sealWith?: typeof seal, refreshWith?: typeof refresh): void {
  opened = texts;
  seal = sealWith;
  refresh = refreshWith;
  $lock.set(state);
}

/** What ./lock needs of the engine: the storage itself (ciphertext and all), and the switches of the lock state. */
export const lockParts = {
  /** The storage under the engine: sealed keys read and write ciphertext here. */
  raw: (): SafeStorage => storage,
  /**
   * Opens the lock in this tab: `texts` are the decrypted sealed values,
   * `sealWith` encrypts each later write into storage, in order, and
   * `refreshWith` opens values other tabs write. Every store reads again.
   */
  open(texts: Map<string, string>, sealWith: NonNullable<typeof seal>, refreshWith: NonNullable<typeof refresh>): void {
    setLock('open', texts, sealWith, refreshWith);
    emit(null, true);
  },
  /** Locks this tab (`state` 'locked'), or records that the lock is off; every store reads again. */
  set(state: 'locked' | 'off'): void {
    setLock(state);
    emit(null, true);
  },
  /** Sets one decrypted text another tab wrote, and tells the stores. */
  reopened(key: string, text: string | undefined): void {
    if (!opened) return;
    if (text === undefined) opened.delete(key);
    else opened.set(key, text);
    emit(key, true);
  },
};

/** Where tabs tell each other that one of them locked ("Lock now"). */
export const LOCK_CHANNEL = 'atb:lock';

if (inBrowser) {
  if (storage.get(LOCK_KEY) !== undefined) $lock.set('locked');
  window.addEventListener('storage', (event) => changedElsewhere(event.key));
  // A page restored from the back/forward cache missed the storage events of its frozen time.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) changedElsewhere(null);
  });
  try {
    new BroadcastChannel(LOCK_CHANNEL).onmessage = () => {
      if ($lock.get() === 'open') lockParts.set('locked');
    };
  } catch {
    // No BroadcastChannel: each tab still locks on its own.
  }
}

/**
 * Puts the engine on `backing` (an in-memory fake in unit tests), reporting
 * its health to {@link $storageHealth}, with the lock state its records say,
 * and has every store read it again. Not for use in the browser.
 */
export function useStorageForTests(backing: StorageLike | undefined): void {
  storage = open(() => backing, true);
  setLock(storage.get(LOCK_KEY) === undefined ? 'off' : 'locked');
  emit(null, true);
}
