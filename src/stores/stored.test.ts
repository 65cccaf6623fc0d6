import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, quotaError } from '~/lib/memory-storage';
import { defineStoredItem, plural, SINCE } from '~/lib/stored-item';
import { storedKeys } from './all-keys';
import { $storageHealth, changedElsewhere, onStoredChange, readStored, useStorageForTests, writeStored } from './engine';
import { $since, persistentItem } from './stored';
import { forgetRecentChanges, REAPPLY_MS, updateItem } from './update';

const TAPS = defineStoredItem<number>({
  name: 'taps',
  version: 1,
  initial: 0,
  decode: (text) => (/^\d+$/.test(text) ? Number(text) : 0),
  encode: (n) => (n ? String(n) : undefined),
  label: 'Taps',
  summary: (n) => plural(n, 'tap'),
});

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 27, 12) });
  storage = new MemoryStorage();
  useStorageForTests(storage);
});
afterEach(() => {
  forgetRecentChanges();
  vi.useRealTimers();
});

describe('persistentItem', () => {
  it('reads what is stored, and the initial value when nothing is', () => {
    const $taps = persistentItem(TAPS);
    expect($taps.get()).toBe(0);
    storage.data.set(TAPS.key, '7');
    changedElsewhere(TAPS.key);
    expect($taps.get()).toBe(7);
  });

  it('gives one store per key', () => {
    expect(persistentItem(TAPS)).toBe(persistentItem(TAPS));
    expect(persistentItem({ ...TAPS })).toBe(persistentItem(TAPS));
  });

  it('writes on set, and removes the key for the initial value', () => {
    const $taps = persistentItem(TAPS);
    $taps.set(3);
    expect(storage.data.get(TAPS.key)).toBe('3');
    $taps.set(0);
    expect(storage.data.has(TAPS.key)).toBe(false);
  });

  it('notes the day an item is first saved, keeps it on later writes, and forgets it on removal', () => {
    const $taps = persistentItem(TAPS);
    $taps.set(1);
    vi.setSystemTime(new Date(2026, 11, 1, 9));
    $taps.set(2);
    expect($since.get()).toEqual({ [TAPS.key]: '2026-11-27' });
    expect(storage.data.get(SINCE.key)).toBe(`{"${TAPS.key}":"2026-11-27"}`);
    $taps.set(0);
    expect($since.get()).toEqual({});
    expect(storage.data.has(SINCE.key)).toBe(false);
  });

  it('uses the local date, not the UTC one, for "since"', () => {
    vi.setSystemTime(new Date(2026, 10, 27, 23, 59));
    persistentItem(TAPS).set(1);
    expect($since.get()[TAPS.key]).toBe('2026-11-27');
  });

  it('follows another tab, and a page restored from the back/forward cache', () => {
    const $taps = persistentItem(TAPS);
    const seen: number[] = [];
    const stop = $taps.listen((n) => seen.push(n));
    storage.data.set(TAPS.key, '5');
    changedElsewhere(TAPS.key);
    storage.data.set(TAPS.key, '6');
    changedElsewhere(null);
    storage.data.delete(TAPS.key);
    changedElsewhere(TAPS.key);
    stop();
    expect(seen).toEqual([5, 6, 0]);
  });

  it('ignores changes elsewhere to keys outside the namespace', () => {
    const listener = vi.fn();
    const stop = onStoredChange(listener);
    changedElsewhere('someone-else');
    changedElsewhere('atb:v1:taps');
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps working in memory when storage is full, and says so', () => {
    const $taps = persistentItem(TAPS);
    storage.failWrites = quotaError();
    $taps.set(9);
    expect($taps.get()).toBe(9);
    expect(readStored(TAPS.key)).toBe('9');
    expect($storageHealth.get()).toBe('full');
  });

  it('keeps working when there is no storage at all', () => {
    useStorageForTests(undefined);
    const $taps = persistentItem(TAPS);
    $taps.set(4);
    expect($taps.get()).toBe(4);
    expect($storageHealth.get()).toBe('unavailable');
  });
});

describe('the engine', () => {
  it('lists only its own namespace, sorted', () => {
    storage.data.set('other', 'x');
    writeStored('atb:v1:b', '1');
    writeStored('atb:v1:a', '1');
    expect(storedKeys()).toEqual(['atb:v1:a', 'atb:v1:b']);
  });

  it('tells listeners about writes in this tab, marked as not elsewhere', () => {
    const heard: [string | null, boolean][] = [];
    const stop = onStoredChange((key, elsewhere) => heard.push([key, elsewhere]));
    writeStored('atb:v1:a', '1');
    writeStored('atb:v1:a', undefined);
    changedElsewhere(null);
    stop();
    writeStored('atb:v1:a', '2');
    expect(heard).toEqual([
      ['atb:v1:a', false],
      ['atb:v1:a', false],
      [null, true],
    ]);
  });
});

describe('updateItem: two tabs saving at once (defect 5)', () => {
  // A new item (and so a new store) per test: a store keeps its recent changes between tests.
  let n = 0;
  let LIST = list(0);
  beforeEach(() => {
    LIST = list(++n);
  });
  function list(i: number) {
    return defineStoredItem<readonly string[]>({
      name: `list-${i}`,
      version: 1,
      initial: [],
      decode: (text) => (text ? text.split(',').sort() : []),
      encode: (list) => (list.length ? [...list].sort().join(',') : undefined),
      label: 'A list',
      summary: (list) => plural(list.length, 'entry', 'entries'),
    });
  }
  const add = (x: string) => (list: readonly string[]) => (list.includes(x) ? list : [...list, x].sort());
  const remove = (x: string) => (list: readonly string[]) => list.filter((y) => y !== x);

  it('puts this tab’s save back when another tab overwrote it at the same moment', () => {
    const $list = persistentItem(LIST);
    updateItem(LIST, add('mine'));
    // The other tab had not heard of "mine" when it wrote its own save.
    storage.data.set(LIST.key, 'theirs');
    changedElsewhere(LIST.key);
    expect($list.get()).toEqual(['mine', 'theirs']);
    expect(storage.data.get(LIST.key)).toBe('mine,theirs');
  });

  it('keeps a delete made here when another tab saves with the deleted entry still in its list', () => {
    storage.data.set(LIST.key, 'a,b');
    changedElsewhere(LIST.key);
    const $list = persistentItem(LIST);
    updateItem(LIST, remove('a'));
    storage.data.set(LIST.key, 'a,b,c');
    changedElsewhere(LIST.key);
    expect($list.get()).toEqual(['b', 'c']);
  });

  it('writes nothing back when the other tab already has this tab’s change', () => {
    const writes: string[] = [];
    const stop = onStoredChange((key, elsewhere) => {
      if (!elsewhere && key === LIST.key) writes.push(readStored(key) ?? '');
    });
    updateItem(LIST, add('mine'));
    storage.data.set(LIST.key, 'mine,theirs');
    changedElsewhere(LIST.key);
    stop();
    expect(writes).toEqual(['mine']);
    expect(persistentItem(LIST).get()).toEqual(['mine', 'theirs']);
  });

  it('stops re-applying after a few seconds, so a later erase elsewhere stands', () => {
    const $list = persistentItem(LIST);
    updateItem(LIST, add('mine'));
    vi.advanceTimersByTime(REAPPLY_MS + 1);
    storage.data.delete(LIST.key);
    changedElsewhere(LIST.key);
    expect($list.get()).toEqual([]);
    expect(storage.data.has(LIST.key)).toBe(false);
  });
});
