import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, PAD_STATUS } from '~/lib/unsent';
import * as pad from './store';

// Only the stores' values are checked here; the storage under them is tested in src/stores.
afterEach(() => {
  pad.deleteAllUnsent();
  pad.stopPause();
  cleanStores(pad.$unsentMessages, pad.$pauseStartedAt);
});

const NOW = new Date('2026-11-27T22:41:05.000Z');

describe('keepUnsent', () => {
  it('saves the trimmed text on top and says so', () => {
    keepMount(pad.$unsentMessages);
    expect(pad.keepUnsent('First', NOW)).toEqual({ saved: true, status: PAD_STATUS.saved });
    expect(pad.keepUnsent('  Second\n', NOW)).toEqual({ saved: true, status: PAD_STATUS.saved });
    expect(pad.$unsentMessages.get().map((message) => message.text)).toEqual(['Second', 'First']);
  });

  it.each([
    ['blank text', ' \n ', PAD_STATUS.blank],
    ['text over the limit', 'x'.repeat(MAX_MESSAGE_LENGTH + 1), PAD_STATUS.tooLong],
  ])('keeps nothing for %s, and says why', (_case, text, status) => {
    keepMount(pad.$unsentMessages);
    expect(pad.keepUnsent(text, NOW)).toEqual({ saved: false, status });
    expect(pad.$unsentMessages.get()).toEqual([]);
  });
});

describe('startPause and stopPause', () => {
  it('stores the start it returns, and 0 once stopped', () => {
    keepMount(pad.$pauseStartedAt);
    expect(pad.startPause(1_000)).toBe(1_000);
    expect(pad.$pauseStartedAt.get()).toBe(1_000);
    pad.stopPause();
    expect(pad.$pauseStartedAt.get()).toBe(0);
  });
});
