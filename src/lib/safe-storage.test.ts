import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, decodeSince, type StorageHealth, type StorageLike } from './safe-storage';

/** An in-memory Web Storage with switches for the failures browsers produce. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites: Error | undefined;
  failReads = false;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.failReads) throw new Error('SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw this.failWrites;
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

function setup(fake: FakeStorage | null = new FakeStorage()) {
  const health: StorageHealth[] = [];
  const store = createSafeStorage(() => fake ?? undefined, (h) => health.push(h));
  return { fake, store, health };
}

describe('createSafeStorage', () => {
  it('reads and writes through to working storage', () => {
    const { fake, store, health } = setup();
    store['a'] = '1';
    expect(fake?.data.get('a')).toBe('1');
    expect(store['a']).toBe('1');
    expect('a' in store).toBe(true);
    delete store['a'];
    expect('a' in store).toBe(false);
    expect(store['a']).toBeUndefined();
    expect(health).toEqual(['ok']);
  });

  it('lists keys for for…in', () => {
    const fake = new FakeStorage();
    fake.data.set('x', '1');
    const { store } = setup(fake);
    store['y'] = '2';
    const keys: string[] = [];
    for (const k in store) keys.push(k);
    expect(keys.sort()).toEqual(['x', 'y']);
  });

  it('removes its probe key', () => {
    const { fake } = setup();
    expect(fake?.data.size).toBe(0);
  });

  it('falls back to memory when storage cannot be opened', () => {
    const health: StorageHealth[] = [];
    const store = createSafeStorage(() => {
      throw new Error('SecurityError: access denied');
    }, (h) => health.push(h));
    store['a'] = 'kept';
    expect(store['a']).toBe('kept');
    expect(health).toEqual(['unavailable']);
  });

  it('falls back to memory when there is no storage at all', () => {
    const { store, health } = setup(null);
    store['a'] = 'kept';
    expect(store['a']).toBe('kept');
    expect(health).toEqual(['unavailable']);
  });

  it('keeps a refused write in memory and reports "full"', () => {
    const { fake, store, health } = setup();
    fake!.failWrites = quota();
    store['big'] = 'value';
    expect(store['big']).toBe('value');
    expect(fake!.data.has('big')).toBe(false);
    expect(health).toEqual(['ok', 'full']);
  });

  it('reports a non-quota write failure as unavailable', () => {
    const { fake, store, health } = setup();
    fake!.failWrites = new Error('blocked');
    store['a'] = '1';
    expect(health).toEqual(['ok', 'unavailable']);
  });

  it('reads from storage again once a later write succeeds', () => {
    const { fake, store } = setup();
    fake!.failWrites = quota();
    store['a'] = 'memory';
    fake!.failWrites = undefined;
    store['a'] = 'disk';
    fake!.data.set('a', 'from another tab');
    expect(store['a']).toBe('from another tab');
  });

  it('treats a storage that throws on read as empty', () => {
    const { fake, store } = setup();
    fake!.data.set('a', '1');
    fake!.failReads = true;
    expect(store['a']).toBeUndefined();
    expect('a' in store).toBe(false);
  });

  it('opens a full storage for reading', () => {
    const fake = new FakeStorage();
    fake.data.set('a', 'old');
    fake.failWrites = quota();
    const { store, health } = setup(fake);
    expect(store['a']).toBe('old');
    expect(health).toEqual(['ok']);
  });

  it('reports each change of health once', () => {
    const onHealth = vi.fn();
    const fake = new FakeStorage();
    const store = createSafeStorage(() => fake, onHealth);
    fake.failWrites = quota();
    store['a'] = '1';
    store['b'] = '2';
    expect(onHealth).toHaveBeenCalledTimes(2);
  });
});

describe('"saved since" dates', () => {
  const SINCE = 'atb:v1:since';
  const make = (today = '2026-11-27') => {
    const fake = new FakeStorage();
    let day = today;
    const store = createSafeStorage(() => fake, undefined, { key: SINCE, tracks: (k) => k.startsWith('atb:'), today: () => day });
    return { fake, store, setDay: (d: string) => (day = d) };
  };

  it('records the day a key is first saved, and keeps it on later writes', () => {
    const { store, setDay } = make();
    store['atb:v1:a'] = '1';
    setDay('2026-12-01');
    store['atb:v1:a'] = '2';
    store['atb:v1:b'] = '3';
    expect(decodeSince(store[SINCE])).toEqual({ 'atb:v1:a': '2026-11-27', 'atb:v1:b': '2026-12-01' });
  });

  it('forgets a key when it is deleted, and removes the map when empty', () => {
    const { store, fake } = make();
    store['atb:v1:a'] = '1';
    delete store['atb:v1:a'];
    expect(fake.data.has(SINCE)).toBe(false);
  });

  it('does not track keys outside the namespace', () => {
    const { store } = make();
    store['other'] = '1';
    expect(store[SINCE]).toBeUndefined();
  });

  it.each([undefined, '', 'nope', '[]', '{"a":5,"b":"2026-01-01","c":"soon"}'])('decodes %j safely', (input) => {
    const map = decodeSince(input);
    expect(Object.values(map).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });
});
