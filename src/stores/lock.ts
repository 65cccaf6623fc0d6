import { isSealedKey, LOCK_KEY } from '~/lib/lock-keys';
import { replaceAll, type ReplaceResult } from '~/lib/storage-replace';
import { NAMESPACE } from '~/lib/stored-item';
import { createLock, openText, parseLockRecord, PBKDF2_ITERATIONS, sealText, unlockRecord } from '~/lib/vault';
import { storageKeys } from '~/lib/storage-keys';
import { storedKeys } from './all-keys';
import { $lock, rawStorage, readStored, useVault, type Vault } from './engine';

// The passcode lock's actions, and the vault the engine reads and writes
// sealed keys through once unlocked. Loaded only when the reader unlocks or
// sets a passcode: pages nobody unlocks on carry none of it. The key lives in
// this module's memory and nowhere else; a reload forgets it, so the site locks.

/** Where tabs tell each other that one of them locked ("Lock now"). */
export const LOCK_CHANNEL = 'atb:lock';

/** How long the page may stay hidden before it locks itself, in ms. */
export const AUTO_LOCK_MS = 5 * 60 * 1000;

let key: CryptoKey | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` after every earlier job and write; a failing job does not stop the ones after it. */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once every write made so far is encrypted and in storage. */
export function settled(): Promise<void> {
  return enqueue(async () => undefined);
}

/** The vault of an unlocked tab: `texts` decrypted, each write sealed with `sealWith` into storage, in order. */
function openVault(sealWith: CryptoKey, texts: Map<string, string>): Vault {
  const vault: Vault = {
    get: (name) => texts.get(name),
    set(name, text) {
      if (text === undefined) texts.delete(name);
      else texts.set(name, text);
      void enqueue(async () => {
        if (text === undefined) rawStorage().remove(name);
        else rawStorage().set(name, await sealText(sealWith, text, name));
      });
    },
    keys: () => [...texts.keys()],
    changed(name) {
      // What another tab wrote, opened with this tab's key, before the stores hear of it.
      void enqueue(async () => {
        if (name === null) {
          const all = await openAll(sealWith);
          texts.clear();
          for (const [k, text] of all) texts.set(k, text);
        } else {
          const text = rawStorage().get(name);
          const plain = text === undefined ? undefined : await openText(sealWith, text, name);
          if (plain === undefined) texts.delete(name);
          else texts.set(name, plain);
        }
        if (key === sealWith) useVault(vault);
      });
    },
  };
  return vault;
}

/** Every sealed value in storage, decrypted; a value that does not open (damaged) is left out. */
async function openAll(openWith: CryptoKey): Promise<Map<string, string>> {
  const raw = rawStorage();
  const texts = new Map<string, string>();
  for (const name of storageKeys(raw.parts())) {
    const text = isSealedKey(name) ? raw.get(name) : undefined;
    const plain = text === undefined ? undefined : await openText(openWith, text, name);
    if (plain !== undefined) texts.set(name, plain);
  }
  return texts;
}

/** Every sealed value this tab can read now, in plain text: from storage when the lock is off, decrypted when it is open. */
function plainTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of storedKeys()) {
    const text = readStored(name);
    if (isSealedKey(name) && text !== undefined) texts.set(name, text);
  }
  return texts;
}

/** The changes that store `texts` sealed with `sealWith` under `record`, removing any other sealed value in storage. */
async function sealedChanges(texts: Map<string, string>, record: string | undefined, sealWith: CryptoKey | undefined) {
  // The record first: another tab hears of it before any new ciphertext, and locks.
  const changes = new Map<string, string | undefined>([[LOCK_KEY, record]]);
  for (const [name, text] of texts) changes.set(name, sealWith ? await sealText(sealWith, text, name) : text);
  for (const name of storageKeys(rawStorage().parts())) if (isSealedKey(name) && !changes.has(name)) changes.set(name, undefined);
  return changes;
}

function opened(newKey: CryptoKey, texts: Map<string, string>): void {
  key = newKey;
  useVault(openVault(newKey, texts));
  watchTabs();
}

/** The outcome of an unlock: 'ok', 'wrong' (the passcode; nothing changed), or 'damaged' (the lock's record cannot be read). */
export type UnlockResult = 'ok' | 'wrong' | 'damaged';

/** Unlocks this tab with `passcode`: every stored value is decrypted into memory and every store reads it. */
export async function unlock(passcode: string): Promise<UnlockResult> {
  const record = parseLockRecord(rawStorage().get(LOCK_KEY));
  if (!record) return 'damaged';
  const found = await unlockRecord(record, passcode);
  if (!found) return 'wrong';
  opened(found, await openAll(found));
  return 'ok';
}

/**
 * Turns the lock on with `passcode` (lock 'off'), or changes the passcode
 * (lock 'open'): a new salt and key, and every value sealed again, all or
 * nothing ({@link ReplaceResult}). `iterations` is for tests only.
 */
export function setPasscode(passcode: string, iterations: number = PBKDF2_ITERATIONS): Promise<ReplaceResult> {
  return enqueue(async () => {
    const { key: newKey, record } = await createLock(passcode, iterations);
    const texts = plainTexts();
    const result = replaceAll(rawStorage().parts(), await sealedChanges(texts, JSON.stringify(record), newKey));
    if (result === 'ok' || result === 'memory') opened(newKey, texts);
    return result;
  });
}

/** Turns the lock off (lock 'open'): every value is stored in plain text again, all or nothing. */
export function removePasscode(): Promise<ReplaceResult> {
  return enqueue(async () => {
    const result = replaceAll(rawStorage().parts(), await sealedChanges(plainTexts(), undefined, undefined));
    if (result === 'ok' || result === 'memory') {
      key = undefined;
      useVault(null);
    }
    return result;
  });
}

/** Locks this tab now, and every other open tab of the site. */
export function lockNow(): void {
  lockHere();
  try {
    const channel = new BroadcastChannel(LOCK_CHANNEL);
    channel.postMessage('lock');
    channel.close();
  } catch {
    // No BroadcastChannel: the other tabs lock on their own timers.
  }
}

function lockHere(): void {
  if ($lock.get() !== 'open') return;
  key = undefined;
  useVault(undefined);
}

/**
 * For a forgotten passcode: erases everything this site keeps on the device,
 * the lock included. What was sealed cannot be opened without the passcode,
 * so this is the only way on.
 */
export function eraseLocked(): void {
  const raw = rawStorage();
  for (const name of storageKeys(raw.parts())) if (name.startsWith(NAMESPACE)) raw.remove(name);
  key = undefined;
  useVault(null);
}

let watching = false;
let hiddenAt: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Locks this tab when another tab locks ("Lock now"), and once it has been
 * hidden for {@link AUTO_LOCK_MS} (a timer, checked again on return for
 * timers a phone paused).
 */
function watchTabs(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  try {
    new BroadcastChannel(LOCK_CHANNEL).onmessage = lockHere;
  } catch {
    // No BroadcastChannel: each tab still locks on its own.
  }
  document.addEventListener('visibilitychange', () => {
    clearTimeout(timer);
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      timer = setTimeout(lockHere, AUTO_LOCK_MS);
    } else if (hiddenAt !== undefined && Date.now() - hiddenAt >= AUTO_LOCK_MS) {
      lockHere();
    }
  });
}
