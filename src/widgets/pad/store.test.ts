import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, PAD_STATUS } from '~/lib/unsent';
import { forgetRecentChanges } from '~/stores/update';
import * as pad from './store';

// Only the stores' values are checked here; the storage under them is tested in src/stores.
afterEach(() => {
  pad.deleteAllUnsent();
  forgetRecentChanges();
  pad.stopPause();
  cleanStores(pad.$unsentMessages, pad.$pauseStartedAt);
});

const NOW = new Date('2026-11-27T22:41:05.000Z');

describe('keepUnsent', () => {
  it('saves the trimmed text on top and says so', () => {
    keepMount(pad.$unsentMessages);
    expect(pad.keepUnsent('First', NOW)).toEqual({ saved: true, status: PAD_STATUS.saved });
    expect(pad.keepUnsent('  Second\n', new Date(NOW.getTime() + 1000))).toEqual({ saved: true, status: PAD_STATUS.saved });
    expect(pad.$unsentMessages.get().map((message) => message.text)).toEqual(['Second', 'First']);
  });

  it.each([
    ['blank text', ' \n ', PAD_STATUS.blank],
    ['text over the limit', 'x'.repeat(MAX_MESSAGE_LENGTH + 1), PAD_STATUS.tooLong],
    ['only zero-width characters (defect 7)', '\u200B\u200D\uFEFF', PAD_STATUS.blank],
  ])('keeps nothing for %s, and says why', (_case, text, status) => {
    keepMount(pad.$unsentMessages);
    expect(pad.keepUnsent(text, NOW)).toEqual({ saved: false, status });
    expect(pad.$unsentMessages.get()).toEqual([]);
  });
});

describe('deleteUnsent and deleteAllUnsent', () => {
  it('deletes one message, then all', () => {
    keepMount(pad.$unsentMessages);
    pad.keepUnsent('One', NOW);
    pad.keepUnsent('Two', new Date(NOW.getTime() + 1000));
    pad.deleteUnsent(pad.$unsentMessages.get()[0]!.id);
    expect(pad.$unsentMessages.get().map((m) => m.text)).toEqual(['One']);
    pad.deleteAllUnsent();
    expect(pad.$unsentMessages.get()).toEqual([]);
  });

  it('never throws for an invalid clock', () => {
    keepMount(pad.$unsentMessages);
    expect(pad.keepUnsent('hi', new Date(Number.NaN)).saved).toBe(false);
  });
});

describe('startPause and stopPause', () => {
  it('starts a pause dated in the future again now, so it counts down (defect 7)', () => {
    keepMount(pad.$pauseStartedAt);
    pad.startPause(5_000_000);
    pad.settlePause(1_000_000);
    expect(pad.$pauseStartedAt.get()).toBe(1_000_000);
    pad.settlePause(2_000_000);
    expect(pad.$pauseStartedAt.get()).toBe(1_000_000);
  });

  it('stores the start it returns, and 0 once stopped', () => {
    keepMount(pad.$pauseStartedAt);
    expect(pad.startPause(1_000)).toBe(1_000);
    expect(pad.$pauseStartedAt.get()).toBe(1_000);
    pad.stopPause();
    expect(pad.$pauseStartedAt.get()).toBe(0);
  });
});

describe('restoreUnsent', () => {
  it('puts a deleted message back exactly, in its place', () => {
    keepMount(pad.$unsentMessages);
    pad.keepUnsent('Older', NOW);
    pad.keepUnsent('Newer', new Date(NOW.getTime() + 1000));
    const older = pad.$unsentMessages.get()[1]!;
    const before = pad.$unsentMessages.get();
    pad.deleteUnsent(older.id);
    pad.restoreUnsent(older);
    expect(pad.$unsentMessages.get()).toEqual(before);
  });
});
