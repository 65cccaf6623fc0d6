import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage, quotaError } from './memory-storage';
import { createSafeStorage, type StorageHealth } from './safe-storage';
import { storageKeys } from './storage-keys';

function setup(fake: MemoryStorage | null = new MemoryStorage()) {
  const health: StorageHealth[] = [];
  const store = createSafeStorage(
    () => fake ?? undefined,
    (h) => health.push(h),
  );
  return { fake, store, health };
}

describe('createSafeStorage', () => {
  it('reads and writes through to working storage', () => {
    const { fake, store, health } = setup();
    store.set('a', '1');
    expect(fake?.data.get('a')).toBe('1');
    expect(store.get('a')).toBe('1');
    expect(store.get('a') !== undefined).toBe(true);
    store.remove('a');
    expect(store.get('a') !== undefined).toBe(false);
    expect(store.get('a')).toBeUndefined();
    expect(health).toEqual(['ok']);
  });

  it('lists stored keys, and values kept in memory, never its probe', () => {
    const fake = new MemoryStorage();
    fake.data.set('x', '1');
    const { store } = setup(fake);
    store.set('y', '2');
    fake.failWrites = quotaError();
    store.set('z', '3');
    expect(storageKeys(store.parts()).sort()).toEqual(['x', 'y', 'z']);
  });

  it('lists the keys of a storage that cannot be listed as none', () => {
    const fake = new MemoryStorage();
    const { store } = setup(fake);
    Object.defineProperty(fake, 'length', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    expect(storageKeys(store.parts())).toEqual([]);
  });

  it('removes its probe key', () => {
    const { fake } = setup();
    expect(fake?.data.size).toBe(0);
  });

  it('falls back to memory when storage cannot be opened', () => {
    const health: StorageHealth[] = [];
    const store = createSafeStorage(
      () => {
        throw new Error('SecurityError: access denied');
      },
      (h) => health.push(h),
    );
    store.set('a', 'kept');
    expect(store.get('a')).toBe('kept');
    expect(health).toEqual(['unavailable']);
  });

  it('falls back to memory when there is no storage at all', () => {
    const { store, health } = setup(null);
    store.set('a', 'kept');
    expect(store.get('a')).toBe('kept');
    expect(health).toEqual(['unavailable']);
  });

  it('keeps a refused write in memory and reports "full"', () => {
    const { fake, store, health } = setup();
    fake!.failWrites = quotaError();
    store.set('big', 'value');
    expect(store.get('big')).toBe('value');
    expect(fake!.data.has('big')).toBe(false);
    expect(health).toEqual(['ok', 'full']);
  });

  it('reports a non-quota write failure as unavailable', () => {
    const { fake, store, health } = setup();
    fake!.failWrites = new Error('blocked');
    store.set('a', '1');
    expect(health).toEqual(['ok', 'unavailable']);
  });

  it('reads from storage again once a later write succeeds', () => {
    const { fake, store } = setup();
    fake!.failWrites = quotaError();
    store.set('a', 'memory');
    fake!.failWrites = undefined;
    store.set('a', 'disk');
    fake!.data.set('a', 'from another tab');
    expect(store.get('a')).toBe('from another tab');
  });

  it('treats a storage that throws on read as empty', () => {
    const { fake, store } = setup();
    fake!.data.set('a', '1');
    fake!.failReads = true;
    expect(store.get('a')).toBeUndefined();
    expect(store.get('a') !== undefined).toBe(false);
  });

  it('opens a full storage for reading', () => {
    const fake = new MemoryStorage();
    fake.data.set('a', 'old');
    fake.failWrites = quotaError();
    const { store, health } = setup(fake);
    expect(store.get('a')).toBe('old');
    expect(health).toEqual(['ok']);
  });

  it('reports each change of health once', () => {
    const onHealth = vi.fn();
    const fake = new MemoryStorage();
    const store = createSafeStorage(() => fake, onHealth);
    fake.failWrites = quotaError();
    store.set('a', '1');
    store.set('b', '2');
    expect(onHealth).toHaveBeenCalledTimes(2);
  });
});

describe('writes and reads that fail quietly (defect 7)', () => {
  it('notices a write the browser drops without an error, keeps the text in memory and reports it', () => {
    const backing = new MemoryStorage();
    backing.setItem = () => {};
    const health: string[] = [];
    const storage = createSafeStorage(
      () => backing,
      (h) => health.push(h),
    );
    storage.set('atb:v1:a', 'text');
    expect(storage.get('atb:v1:a')).toBe('text');
    expect(health).toEqual(['ok', 'unavailable']);
  });

  it('reports a read that throws', () => {
    const backing = new MemoryStorage();
    const health: string[] = [];
    const storage = createSafeStorage(
      () => backing,
      (h) => health.push(h),
    );
    backing.failReads = true;
    expect(storage.get('atb:v1:a')).toBeUndefined();
    expect(health).toEqual(['ok', 'unavailable']);
  });
});
