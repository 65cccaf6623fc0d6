import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_REMINDER } from '~/lib/backup-reminder';
import { MemoryStorage } from '~/lib/memory-storage';
import { REASONS } from '~/lib/reasons';
import { THEME } from '~/lib/theme';
import { $backupDue, $backupReminder, dismissReminder, noteExport, setReminders } from './backup';
import { useStorageForTests } from './engine';
import { persistentItem } from './stored';
import { $today } from './today';

// $today listens to the window and the document: stand-ins for both, in Node.
const win = new EventTarget();
const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  storage = new MemoryStorage();
  useStorageForTests(storage);
  keepMount($backupDue);
});
afterEach(() => {
  cleanStores($backupDue, $today);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Moves the clock to `date` (local noon), as a reader opening the page that day. */
function openOn(date: string) {
  vi.setSystemTime(new Date(`${date}T12:00:00`));
  win.dispatchEvent(new Event('pageshow'));
}

/** Saves something the reader would miss, on `date`. */
function saveReasonOn(date: string) {
  openOn(date);
  persistentItem(REASONS).set([{ id: 'a', text: 'I want to sleep again' }]);
}

describe('$backupDue', () => {
  it('stays quiet while nothing is stored, or only settings', () => {
    openOn('2027-01-01');
    expect($backupDue.get()).toBe(false);
    openOn('2026-01-01');
    persistentItem(THEME).set('dark');
    openOn('2026-03-01');
    expect($backupDue.get()).toBe(false);
  });

  it('is due two weeks after the first save, and a month after "not now"', () => {
    saveReasonOn('2026-01-10');
    openOn('2026-01-23');
    expect($backupDue.get()).toBe(false);
    openOn('2026-01-24');
    expect($backupDue.get()).toBe(true);
    dismissReminder();
    expect($backupDue.get()).toBe(false);
    expect(storage.data.get(BACKUP_REMINDER.key)).toBe('{"lastDismissed":"2026-01-24"}');
    openOn('2026-02-23');
    expect($backupDue.get()).toBe(true);
  });

  it('counts an export as a copy, and stops for good when turned off', () => {
    saveReasonOn('2026-01-10');
    openOn('2026-01-20');
    noteExport();
    expect($backupReminder.get()).toEqual({ off: false, lastExport: '2026-01-20' });
    openOn('2026-02-18');
    expect($backupDue.get()).toBe(false);
    openOn('2026-02-19');
    expect($backupDue.get()).toBe(true);
    setReminders(false);
    openOn('2030-01-01');
    expect($backupDue.get()).toBe(false);
    setReminders(true);
    expect($backupDue.get()).toBe(true);
  });
});
