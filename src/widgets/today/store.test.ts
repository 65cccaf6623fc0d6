import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '~/lib/calendar-date';
import { CHECK_IN_MESSAGES, CHECK_INS, type CheckIn, type CheckInFields } from '~/lib/check-ins';
import { MemoryStorage } from '~/lib/memory-storage';
import { changedElsewhere, onStoredChange, readStored, useStorageForTests } from '~/stores/engine';
import { $plan } from '~/stores/no-contact-plan';
import { forgetRecentChanges } from '~/stores/update';
import { $checkIns, deleteCheckIn, saveCheckIn } from './store';

const TODAY = '2026-11-27';
const YESTERDAY = '2026-11-26';

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 27, 21) });
  storage = new MemoryStorage();
  useStorageForTests(storage);
  keepMount($checkIns);
});
afterEach(() => {
  forgetRecentChanges();
  cleanStores($checkIns);
  vi.useRealTimers();
});

const fields = (over: Partial<CheckInFields> = {}): CheckInFields => ({ date: TODAY, mood: '3', pull: '6', contact: 'none', ...over });
const at = (date: string, over: Partial<CheckIn> = {}): CheckIn => ({ date, mood: 3, pull: 6, contact: 'none', ...over });

/** Another tab writes `list` without having heard of this tab's latest save. */
function otherTabWrites(list: readonly CheckIn[]): void {
  storage.data.set(CHECK_INS.key, CHECK_INS.encode(list)!);
  changedElsewhere(CHECK_INS.key);
}

describe('saveCheckIn', () => {
  it('saves today’s check-in on the device, and changes it later the same day', () => {
    expect(saveCheckIn(fields({ note: '  a long walk ' }), TODAY)).toEqual({
      ok: true,
      checkIn: at(TODAY, { note: 'a long walk' }),
      errors: {},
    });
    saveCheckIn(fields({ mood: 4, contact: 'they-reached-out' }), TODAY);
    expect($checkIns.get()).toEqual([at(TODAY, { mood: 4, contact: 'they-reached-out' })]);
    expect(readStored(CHECK_INS.key)).toBe('[{"date":"2026-11-27","mood":4,"pull":6,"contact":"they-reached-out"}]');
  });

  it('saves nothing and says why for each field', () => {
    expect(saveCheckIn(fields({ mood: '', contact: undefined }), TODAY)).toEqual({
      ok: false,
      errors: { mood: CHECK_IN_MESSAGES.mood, contact: CHECK_IN_MESSAGES.contact },
    });
    expect($checkIns.get()).toEqual([]);
    expect(readStored(CHECK_INS.key)).toBeUndefined();
  });

  it('fills in a missed day, keeps it as written, and fills it again once deleted', () => {
    expect(saveCheckIn(fields({ date: YESTERDAY }), TODAY).ok).toBe(true);
    expect(saveCheckIn(fields({ date: YESTERDAY, mood: 5 }), TODAY)).toEqual({
      ok: false,
      errors: { date: CHECK_IN_MESSAGES.pastDone },
    });
    deleteCheckIn(YESTERDAY);
    expect($checkIns.get()).toEqual([]);
    expect(saveCheckIn(fields({ date: YESTERDAY, mood: 5 }), TODAY).ok).toBe(true);
    expect($checkIns.get()).toEqual([at(YESTERDAY, { mood: 5 })]);
  });

  it('fills in missed days back to the plan’s day 0, and never a future day', () => {
    $plan.set({ lastContact: '2026-11-24', lengthDays: 30, slips: [] });
    try {
      expect(saveCheckIn(fields({ date: '2026-11-24' }), TODAY).ok).toBe(true);
      expect(saveCheckIn(fields({ date: '2026-11-23' }), TODAY).errors).toEqual({ date: CHECK_IN_MESSAGES.tooEarly('2026-11-24') });
      expect(saveCheckIn(fields({ date: addDays(TODAY, 1) }), TODAY).errors).toEqual({ date: CHECK_IN_MESSAGES.future });
    } finally {
      $plan.set(undefined);
    }
  });

  it('takes today from the device’s clock when not given', () => {
    expect(saveCheckIn(fields(), undefined).ok).toBe(true);
    expect(saveCheckIn(fields({ date: '2026-11-28' })).errors).toEqual({ date: CHECK_IN_MESSAGES.future });
  });
});

describe('two tabs saving at once', () => {
  it('keeps both tabs’ check-ins for different days', () => {
    saveCheckIn(fields(), TODAY);
    // The other tab filled in yesterday without having heard of today's save.
    otherTabWrites([at(YESTERDAY, { mood: 1 })]);
    expect($checkIns.get()).toEqual([at(YESTERDAY, { mood: 1 }), at(TODAY)]);
    expect(CHECK_INS.decode(readStored(CHECK_INS.key)!)).toEqual($checkIns.get());
  });

  it('settles on one check-in when both change the same day, instead of overwriting each other back and forth', () => {
    const writes: string[] = [];
    const stop = onStoredChange((key, elsewhere) => {
      if (key === CHECK_INS.key && !elsewhere) writes.push(readStored(key) ?? '');
    });
    saveCheckIn(fields({ mood: 4 }), TODAY);
    otherTabWrites([at(TODAY, { mood: 2 })]);
    stop();
    expect($checkIns.get()).toEqual([at(TODAY, { mood: 2 })]);
    // Only this tab's own save: the other tab's check-in was not written over.
    expect(writes).toHaveLength(1);
  });

  it('keeps a delete made here when another tab saves with the deleted check-in still in its list', () => {
    saveCheckIn(fields(), TODAY);
    saveCheckIn(fields({ date: YESTERDAY }), TODAY);
    deleteCheckIn(TODAY);
    otherTabWrites([at(YESTERDAY), at(TODAY)]);
    expect($checkIns.get()).toEqual([at(YESTERDAY)]);
  });
});

describe('deleteCheckIn', () => {
  it('does nothing for a day without a check-in', () => {
    saveCheckIn(fields(), TODAY);
    deleteCheckIn(YESTERDAY);
    expect($checkIns.get()).toEqual([at(TODAY)]);
  });

  it('deletes the last check-in, leaving nothing stored', () => {
    saveCheckIn(fields(), TODAY);
    deleteCheckIn(TODAY);
    expect(readStored(CHECK_INS.key)).toBeUndefined();
  });
});
