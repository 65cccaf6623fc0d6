import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores, keepMount } from 'nanostores';
import { MemoryStorage } from '~/lib/memory-storage';
import { REASONS } from '~/lib/reasons';
import { UNSENT_MESSAGES } from '~/lib/unsent';
import { useStorageForTests } from './engine';
import { $persistence } from './persistence';
import { persistentItem } from './stored';

const persist = vi.fn(async () => true);
const persisted = vi.fn(async () => false);

beforeEach(() => {
  useStorageForTests(new MemoryStorage());
  persist.mockClear();
  vi.stubGlobal('navigator', { storage: { persist, persisted } });
});
afterEach(() => {
  cleanStores($persistence);
  vi.unstubAllGlobals();
});

describe('asking the browser to keep the data', () => {
  it('asks once, when the first thing is saved', () => {
    const $reasons = persistentItem(REASONS);
    $reasons.set([{ id: 'a', text: 'Sleep' }]);
    expect(persist).toHaveBeenCalledTimes(1);
    $reasons.set([{ id: 'a', text: 'Sleep through the night' }]);
    persistentItem(UNSENT_MESSAGES).set([{ id: 'm', text: 'Not sending this', savedAt: '2026-01-01T10:00:00.000Z' }]);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not break saving where the browser cannot be asked', () => {
    vi.stubGlobal('navigator', {});
    const $reasons = persistentItem(REASONS);
    $reasons.set([{ id: 'a', text: 'Sleep' }]);
    expect($reasons.get()).toHaveLength(1);
  });
});

describe('$persistence', () => {
  it('says what the browser answered, once it is watched', async () => {
    expect($persistence.get()).toBe('unknown');
    keepMount($persistence);
    await vi.waitFor(() => expect($persistence.get()).toBe('not-granted'));
  });

  it('is granted when the browser has promised', async () => {
    persisted.mockResolvedValueOnce(true);
    keepMount($persistence);
    await vi.waitFor(() => expect($persistence.get()).toBe('granted'));
  });

  it('is unsupported where the browser cannot say', () => {
    vi.stubGlobal('navigator', {});
    keepMount($persistence);
    expect($persistence.get()).toBe('unsupported');
  });
});
