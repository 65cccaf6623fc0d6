import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from './keys';

useTestStorageEngine();
let stores: typeof import('./reading');
beforeAll(async () => {
  stores = await import('./reading');
});
afterEach(() => {
  cleanTestStorage();
  cleanStores(stores.$readChapters, stores.$lastChapter, stores.$readSet);
});

describe('reading progress', () => {
  it('starts with nothing read', () => {
    keepMount(stores.$readChapters);
    expect(stores.$readChapters.get()).toEqual([]);
    expect(getTestStorage()[STORAGE_KEYS.readChapters]).toBeUndefined();
  });

  it('marks chapters read once each and stores them as JSON', () => {
    keepMount(stores.$readChapters);
    stores.markRead('acceptance');
    stores.markRead('absence');
    stores.markRead('acceptance');
    expect(stores.$readChapters.get()).toEqual(['acceptance', 'absence']);
    expect(getTestStorage()[STORAGE_KEYS.readChapters]).toBe('["acceptance","absence"]');
    expect(stores.$readSet.get().has('absence')).toBe(true);
  });

  it('ignores malformed slugs', () => {
    keepMount(stores.$readChapters);
    stores.markRead('../etc');
    stores.openChapter('Not A Slug');
    expect(stores.$readChapters.get()).toEqual([]);
    expect(stores.$lastChapter.get()).toBe('');
  });

  it('remembers the last chapter opened', () => {
    keepMount(stores.$lastChapter);
    stores.openChapter('absence');
    expect(getTestStorage()[STORAGE_KEYS.lastChapter]).toBe('absence');
  });

  it('follows another tab', () => {
    keepMount(stores.$readChapters);
    setTestStorageKey(STORAGE_KEYS.readChapters, '["jealousy"]');
    expect(stores.$readChapters.get()).toEqual(['jealousy']);
  });

  it('falls back to defaults on damaged data', () => {
    keepMount(stores.$readChapters);
    keepMount(stores.$lastChapter);
    setTestStorageKey(STORAGE_KEYS.readChapters, '{oops');
    setTestStorageKey(STORAGE_KEYS.lastChapter, '<script>');
    expect(stores.$readChapters.get()).toEqual([]);
    expect(stores.$lastChapter.get()).toBe('');
  });
});
