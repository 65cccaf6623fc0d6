import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '~/lib/memory-storage';
import { LAST_CHAPTER, READ_CHAPTERS } from '~/lib/read-progress';
import { changedElsewhere, useStorageForTests } from './engine';
import { $lastChapter, $readChapters, $readSet, markRead, openChapter } from './reading';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useStorageForTests(storage);
});

describe('reading progress', () => {
  it('starts with nothing read', () => {
    expect($readChapters.get()).toEqual([]);
    expect(storage.data.has(READ_CHAPTERS.key)).toBe(false);
  });

  it('marks chapters read once each and stores them as JSON', () => {
    markRead('acceptance');
    markRead('absence');
    markRead('acceptance');
    expect($readChapters.get()).toEqual(['acceptance', 'absence']);
    expect($readSet.get().has('absence')).toBe(true);
    expect(storage.data.get(READ_CHAPTERS.key)).toBe('["acceptance","absence"]');
  });

  it('ignores malformed slugs', () => {
    markRead('../etc');
    openChapter('<script>');
    expect($readChapters.get()).toEqual([]);
    expect($lastChapter.get()).toBe('');
    expect(storage.data.size).toBe(0);
  });

  it('remembers the last chapter opened', () => {
    openChapter('absence');
    expect(storage.data.get(LAST_CHAPTER.key)).toBe('absence');
  });

  it('follows another tab', () => {
    storage.data.set(READ_CHAPTERS.key, '["jealousy"]');
    changedElsewhere(READ_CHAPTERS.key);
    expect($readChapters.get()).toEqual(['jealousy']);
  });

  it('falls back to defaults on damaged data', () => {
    storage.data.set(READ_CHAPTERS.key, '{oops');
    storage.data.set(LAST_CHAPTER.key, '<script>');
    changedElsewhere(null);
    expect($readChapters.get()).toEqual([]);
    expect($lastChapter.get()).toBe('');
  });
});
