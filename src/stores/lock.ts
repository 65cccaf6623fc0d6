import { isSealedKey, LOCK_KEY } from '~/lib/lock-keys';
import { replaceAll, type ReplaceResult } from '~/lib/storage-replace';
import { NAMESPACE } from '~/lib/stored-item';
import { createLock, openText, parseLockRecord, PBKDF2_ITERATIONS, sealText, unlockRecord } from '~/lib/vault';
import { $lock, LOCK_CHANNEL, lockParts, readStored, storedKeys } from './engine';

// The passcode lock's actions. Loaded only when the reader unlocks or sets a
// passcode: pages nobody unlocks on carry none of it. The key lives in this
// module's memory and nowhere else; a reload forgets it, so the site locks.

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

function sealer(name: string, text: string | undefined): void {
  const sealWith = key;
  void enqueue(async () => {
    const raw = lockParts.raw();
    if (text === undefined) raw.remove(name);
    else if (sealWith) raw.set(name, await sealText(sealWith, text, name));
  });
}

/** Opens what another tab wrote (`null`: everything) with this tab's key. */
function refresher(name: string | null): void {
  const openWith = key;
  void enqueue(async () => {
    if (!openWith || openWith !== key) return;
    if (name === null) {
      lockParts.open(await openAll(openWith), sealer, refresher);
      return;
    }
    const text = lockParts.raw().get(name);
    lockParts.reopened(name, text === undefined ? undefined : await openText(openWith, text, name));
  });
}

/** Every sealed value in storage, decrypted; a value that does not open (damaged) is left out. */
async function openAll(openWith: CryptoKey): Promise<Map<string, string>> {
  const raw = lockParts.raw();
  const texts = new Map<string, string>();
  for (const name of raw.keys()) {
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
  for (const name of lockParts.raw().keys()) if (isSealedKey(name) && !changes.has(name)) changes.set(name, undefined);
  return changes;
}

function opened(newKey: CryptoKey, texts: Map<string, string>): void {
  key = newKey;
  lockParts.open(texts, sealer, refresher);
  watchHidden();
}

/** The outcome of an unlock: 'ok', 'wrong' (the passcode; nothing changed), or 'damaged' (the lock's record cannot be read). */
export type UnlockResult = 'ok' | 'wrong' | 'damaged';

/** Unlocks this tab with `passcode`: every stored value is decrypted into memory and every store reads it. */
export async function unlock(passcode: string): Promise<UnlockResult> {
  const record = parseLockRecord(lockParts.raw().get(LOCK_KEY));
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
    const result = replaceAll(lockParts.raw().parts(), await sealedChanges(texts, JSON.stringify(record), newKey));
    if (result === 'ok' || result === 'memory') opened(newKey, texts);
    return result;
  });
}

/** Turns the lock off (lock 'open'): every value is stored in plain text again, all or nothing. */
export function removePasscode(): Promise<ReplaceResult> {
  return enqueue(async () => {
    const result = replaceAll(lockParts.raw().parts(), await sealedChanges(plainTexts(), undefined, undefined));
    if (result === 'ok' || result === 'memory') {
      key = undefined;
      lockParts.set('off');
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
  lockParts.set('locked');
}

/**
 * For a forgotten passcode: erases everything this site keeps on the device,
 * the lock included. What was sealed cannot be opened without the passcode,
 * so this is the only way on.
 */
export function eraseLocked(): void {
  const raw = lockParts.raw();
  for (const name of raw.keys()) if (name.startsWith(NAMESPACE)) raw.remove(name);
  key = undefined;
  lockParts.set('off');
}

let watching = false;
let hiddenAt: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Locks this tab once it has been hidden for {@link AUTO_LOCK_MS} (a timer, checked again on return for timers a phone paused). */
function watchHidden(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
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
