import { describe, expect, it } from 'vitest';
import { MemoryStorage, quotaError } from './memory-storage';
import { replaceAll } from './storage-replace';

const changes = (entries: Record<string, string | undefined>) => new Map(Object.entries(entries));

describe('replaceAll', () => {
  it('writes the new texts, then removes what goes', () => {
    const backing = new MemoryStorage();
    backing.data.set('a', '1');
    backing.data.set('b', '2');
    const memory = new Map<string, string>();
    expect(replaceAll({ backing, memory }, changes({ b: undefined, a: '9', c: '3' }))).toBe('ok');
    expect(Object.fromEntries(backing.data)).toEqual({ a: '9', c: '3' });
  });

  it('puts everything back when the device runs out of space halfway', () => {
    const backing = new MemoryStorage();
    backing.data.set('a', '1');
    backing.data.set('gone', 'x');
    const memory = new Map([['m', 'held in memory']]);
    const setItem = backing.setItem.bind(backing);
    backing.setItem = (key, value) => {
      if (key === 'c') throw quotaError();
      setItem(key, value);
    };
    expect(replaceAll({ backing, memory }, changes({ a: '9', m: 'new', c: '3', gone: undefined }))).toBe('full');
    expect(Object.fromEntries(backing.data)).toEqual({ a: '1', gone: 'x' });
    expect(memory.get('m')).toBe('held in memory');
  });

  it('treats a write the browser drops without an error as refused, and undoes the rest', () => {
    const backing = new MemoryStorage();
    const setItem = backing.setItem.bind(backing);
    backing.setItem = (key, value) => {
      if (key !== 'dropped') setItem(key, value);
    };
    expect(replaceAll({ backing, memory: new Map() }, changes({ a: '1', dropped: '2' }))).toBe('refused');
    expect(backing.data.size).toBe(0);
  });

  it('keeps the change in memory when there is no storage', () => {
    const memory = new Map([['gone', 'x']]);
    expect(replaceAll({ backing: undefined, memory }, changes({ a: '1', gone: undefined }))).toBe('memory');
    expect(Object.fromEntries(memory)).toEqual({ a: '1' });
  });
});
