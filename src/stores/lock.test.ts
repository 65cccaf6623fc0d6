import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_KEY } from '~/lib/lock-keys';
import { MemoryStorage } from '~/lib/memory-storage';
import { defineStoredItem } from '~/lib/stored-item';
import { THEME } from '~/lib/theme';
import { isSealedText, parseLockRecord, PBKDF2_ITERATIONS } from '~/lib/vault';
import { storedKeys } from './all-keys';
import { $lock, changedElsewhere, readStored, useStorageForTests } from './engine';
import { AUTO_LOCK_MS, eraseLocked, lockNow, removePasscode, setPasscode, settled, unlock } from './lock';
import { replaceStored } from './replace';
import { persistentItem } from './stored';

const NOTE = defineStoredItem<string>({
  name: 'lock-test-note',
  version: 1,
  initial: '',
  decode: (text) => text,
  encode: (text) => text || undefined,
  label: 'A note',
  summary: (text) => `${text.length} characters`,
});

// Few rounds keep the tests fast; the site's own count is checked in src/lib/vault.test.ts.
const FAST = 1000;
const SECRET = 'Dear you, I still think about 2026-10-20';

let storage: MemoryStorage;
const $note = persistentItem(NOTE);

/** Every text in storage, joined: what someone opening the browser's storage would see. */
const everything = () => [...storage.data.values()].join('\n');

beforeEach(() => {
  storage = new MemoryStorage();
  useStorageForTests(storage);
});
afterEach(() => {
  eraseLocked();
  vi.useRealTimers();
});

describe('the passcode lock', () => {
  it('is off with no passcode: values are stored as they are', () => {
    $note.set(SECRET);
    expect($lock.get()).toBe('off');
    expect(storage.data.get(NOTE.key)).toBe(SECRET);
  });

  it('seals every value when turned on, and keeps them readable in this tab', async () => {
    $note.set(SECRET);
    persistentItem(THEME).set('dark');
    expect(await setPasscode('tulip', FAST)).toBe('ok');
    expect($lock.get()).toBe('open');
    expect(isSealedText(storage.data.get(NOTE.key)!)).toBe(true);
    expect(everything()).not.toContain('Dear you');
    expect(everything()).not.toContain('2026-10-20');
    expect(parseLockRecord(storage.data.get(LOCK_KEY))).toMatchObject({ iterations: FAST });
    expect(storage.data.get(THEME.key)).toBe('dark');
    expect($note.get()).toBe(SECRET);
    expect(storedKeys()).toContain(NOTE.key);
    expect(storedKeys()).not.toContain(LOCK_KEY);
  });

  it('encrypts each later write, in order', async () => {
    await setPasscode('tulip', FAST);
    $note.set('first');
    $note.set(SECRET);
    expect($note.get()).toBe(SECRET);
    await settled();
    expect(everything()).not.toContain('Dear you');
    lockNow();
    expect(await unlock('tulip')).toBe('ok');
    expect($note.get()).toBe(SECRET);
    $note.set('');
    await settled();
    expect(storage.data.has(NOTE.key)).toBe(false);
  });

  it('shows nothing while locked, drops writes, and opens only with the right passcode', async () => {
    $note.set(SECRET);
    await setPasscode('tulip', FAST);
    lockNow();
    expect($lock.get()).toBe('locked');
    expect($note.get()).toBe('');
    expect(readStored(NOTE.key)).toBeUndefined();
    const sealed = storage.data.get(NOTE.key);
    $note.set('written while locked');
    await settled();
    expect(storage.data.get(NOTE.key)).toBe(sealed);

    expect(await unlock('tulips')).toBe('wrong');
    expect($lock.get()).toBe('locked');
    expect(storage.data.get(NOTE.key)).toBe(sealed);
    expect(await unlock('tulip')).toBe('ok');
    expect($lock.get()).toBe('open');
    expect($note.get()).toBe(SECRET);
  });

  it('starts locked when the device holds a lock, as after a reload', async () => {
    $note.set(SECRET);
    await setPasscode('tulip', FAST);
    useStorageForTests(storage);
    expect($lock.get()).toBe('locked');
    expect($note.get()).toBe('');
    expect(await unlock('tulip')).toBe('ok');
    expect($note.get()).toBe(SECRET);
  });

  it('says when the lock record is damaged', async () => {
    await setPasscode('tulip', FAST);
    storage.data.set(LOCK_KEY, '{');
    useStorageForTests(storage);
    expect(await unlock('tulip')).toBe('damaged');
  });

  it('re-encrypts everything with a new passcode', async () => {
    $note.set(SECRET);
    await setPasscode('old', FAST);
    const before = storage.data.get(NOTE.key);
    expect(await setPasscode('new', FAST)).toBe('ok');
    expect(storage.data.get(NOTE.key)).not.toBe(before);
    lockNow();
    expect(await unlock('old')).toBe('wrong');
    expect(await unlock('new')).toBe('ok');
    expect($note.get()).toBe(SECRET);
  });

  it('stores everything in plain text again when removed', async () => {
    $note.set(SECRET);
    await setPasscode('tulip', FAST);
    expect(await removePasscode()).toBe('ok');
    expect($lock.get()).toBe('off');
    expect(storage.data.get(NOTE.key)).toBe(SECRET);
    expect(storage.data.has(LOCK_KEY)).toBe(false);
  });

  it('changes nothing when the device refuses the change', async () => {
    $note.set(SECRET);
    storage.failWrites = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(await setPasscode('tulip', FAST)).toBe('full');
    storage.failWrites = undefined;
    expect($lock.get()).toBe('off');
    expect(storage.data.get(NOTE.key)).toBe(SECRET);
    expect(storage.data.has(LOCK_KEY)).toBe(false);
  });

  it('erases everything, the lock included, for a forgotten passcode', async () => {
    $note.set(SECRET);
    persistentItem(THEME).set('dark');
    await setPasscode('tulip', FAST);
    lockNow();
    eraseLocked();
    expect($lock.get()).toBe('off');
    expect([...storage.data.keys()]).toEqual([]);
    $note.set('a fresh start');
    expect(storage.data.get(NOTE.key)).toBe('a fresh start');
  });

  it('seals an import made while unlocked', async () => {
    await setPasscode('tulip', FAST);
    expect(replaceStored({ [NOTE.key]: SECRET })).toBe('ok');
    expect($note.get()).toBe(SECRET);
    await settled();
    expect(everything()).not.toContain('Dear you');
  });

  it('refuses an import while locked', async () => {
    await setPasscode('tulip', FAST);
    lockNow();
    expect(replaceStored({ [NOTE.key]: SECRET })).toBe('refused');
    expect(everything()).not.toContain('Dear you');
  });

  it('locks after five minutes hidden', async () => {
    vi.useFakeTimers();
    const state = { visibilityState: 'visible' };
    const events = new EventTarget();
    vi.stubGlobal('document', Object.assign(events, state));
    try {
      await setPasscode('tulip', FAST);
      (document as unknown as typeof state).visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      vi.advanceTimersByTime(AUTO_LOCK_MS - 1000);
      expect($lock.get()).toBe('open');
      vi.advanceTimersByTime(1000);
      expect($lock.get()).toBe('locked');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('another tab', () => {
  it('turning the lock on, or changing the passcode, locks this tab', async () => {
    $note.set(SECRET);
    await setPasscode('tulip', FAST);
    changedElsewhere(LOCK_KEY);
    expect($lock.get()).toBe('locked');
    expect($note.get()).toBe('');
  });

  it('removing the lock turns it off here and shows the plain values', async () => {
    await setPasscode('tulip', FAST);
    lockNow();
    storage.data.delete(LOCK_KEY);
    storage.data.set(NOTE.key, SECRET);
    changedElsewhere(LOCK_KEY);
    expect($lock.get()).toBe('off');
    expect($note.get()).toBe(SECRET);
  });

  it('writing a sealed value reaches this unlocked tab, decrypted', async () => {
    await setPasscode('tulip', FAST);
    const sealedElsewhere = async (text: string) => {
      $note.set(text);
      await settled();
      return storage.data.get(NOTE.key)!;
    };
    const sealed = await sealedElsewhere('from the other tab');
    $note.set('');
    await settled();
    storage.data.set(NOTE.key, sealed);
    changedElsewhere(NOTE.key);
    await settled();
    expect($note.get()).toBe('from the other tab');
    changedElsewhere(null);
    await settled();
    expect($note.get()).toBe('from the other tab');
  });
});

it('derives keys with at least 600,000 rounds by default', () => {
  expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
});
