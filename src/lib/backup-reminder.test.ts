import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_REMINDER,
  decodeBackupReminder,
  encodeBackupReminder,
  FIRST_REMINDER_DAYS,
  firstSaved,
  nextReminder,
  REPEAT_DAYS,
  reminderDue,
  type BackupReminderState,
} from './backup-reminder';
import { addDays, todayIso } from './calendar-date';

const ON: BackupReminderState = { off: false };

describe('firstSaved', () => {
  it('is the earliest date, leaving out settings', () => {
    const since = { 'atb:v1:theme': '2026-01-01', 'atb:v1:check-ins': '2026-03-04', 'atb:v1:reasons': '2026-02-10' };
    expect(firstSaved(since, ['atb:v1:theme'])).toBe('2026-02-10');
    expect(firstSaved(since, [])).toBe('2026-01-01');
  });

  it('is undefined when only settings are stored, or dates are damaged', () => {
    expect(firstSaved({ 'atb:v1:theme': '2026-01-01' }, ['atb:v1:theme'])).toBeUndefined();
    expect(firstSaved({}, [])).toBeUndefined();
    expect(firstSaved({ 'atb:v1:reasons': '2026-02-30' }, [])).toBeUndefined();
  });
});

describe('nextReminder', () => {
  it.each<[string, BackupReminderState, string | undefined, string | undefined]>([
    ['two weeks after the first save', ON, '2026-03-01', '2026-03-15'],
    ['across a month end', ON, '2026-01-25', '2026-02-08'],
    ['a month after the last copy', { off: false, lastExport: '2026-03-20' }, '2026-03-01', '2026-04-19'],
    ['a month after the last "not now"', { off: false, lastDismissed: '2026-03-15' }, '2026-03-01', '2026-04-14'],
    [
      'from the later of copy and "not now"',
      { off: false, lastExport: '2026-05-01', lastDismissed: '2026-04-14' },
      '2026-03-01',
      '2026-05-31',
    ],
    ['never when turned off', { off: true }, '2026-03-01', undefined],
    ['never when nothing is saved', ON, undefined, undefined],
    ['never from a date past the calendar', ON, '9999-12-30', undefined],
  ])('%s', (_, state, first, due) => {
    expect(nextReminder(state, first)).toBe(due);
  });
});

describe('reminderDue under a fixed clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The days in the next `days` on which the reader sees the reminder, answering each with `answer`. */
  function daysShown(first: string, days: number, answer: (state: BackupReminderState, today: string) => BackupReminderState): string[] {
    let state: BackupReminderState = ON;
    const shown: string[] = [];
    for (let i = 0; i < days; i++) {
      // Local noon, so the local date is the one intended in every time zone.
      vi.setSystemTime(new Date(`${addDays(first, i)}T12:00:00`));
      const today = todayIso(new Date());
      if (reminderDue(state, first, today)) {
        shown.push(today);
        state = answer(state, today);
      }
    }
    return shown;
  }

  it('asks after two weeks of use, then monthly, when the reader says "not now" each time', () => {
    vi.useFakeTimers();
    expect(daysShown('2026-01-10', 110, (s, today) => ({ ...s, lastDismissed: today }))).toEqual([
      '2026-01-24',
      '2026-02-23',
      '2026-03-25',
      '2026-04-24',
    ]);
    expect(FIRST_REMINDER_DAYS).toBe(14);
    expect(REPEAT_DAYS).toBe(30);
  });

  it('stays quiet for a month after a copy is made', () => {
    vi.useFakeTimers();
    expect(daysShown('2026-01-10', 60, (s, today) => ({ ...s, lastExport: today }))).toEqual(['2026-01-24', '2026-02-23']);
  });

  it('never asks again once turned off', () => {
    vi.useFakeTimers();
    expect(daysShown('2026-01-10', 200, (s) => ({ ...s, off: true }))).toEqual(['2026-01-24']);
  });

  it('keeps showing, day after day, until the reader answers', () => {
    expect(reminderDue(ON, '2026-01-10', '2026-01-23')).toBe(false);
    expect(reminderDue(ON, '2026-01-10', '2026-01-24')).toBe(true);
    expect(reminderDue(ON, '2026-01-10', '2026-02-28')).toBe(true);
  });
});

describe('stored state', () => {
  it('round-trips, and stores nothing for the initial state', () => {
    const state: BackupReminderState = { off: true, lastExport: '2026-03-01', lastDismissed: '2026-02-01' };
    expect(decodeBackupReminder(encodeBackupReminder(state)!)).toEqual(state);
    expect(encodeBackupReminder(BACKUP_REMINDER.initial)).toBeUndefined();
  });

  it('keeps the valid part of damaged text', () => {
    expect(decodeBackupReminder('{"off":"yes","lastExport":"2026-02-30","lastDismissed":"2026-02-01"}')).toEqual({
      off: false,
      lastDismissed: '2026-02-01',
    });
    expect(decodeBackupReminder('not json')).toEqual({ off: false });
  });

  it('is declared under its own versioned key and summed up in words', () => {
    expect(BACKUP_REMINDER.key).toBe('atb:v1:backup-reminder');
    expect(BACKUP_REMINDER.summary({ off: false, lastExport: '2026-03-01' })).toBe('on, last copy 2026-03-01');
    expect(BACKUP_REMINDER.summary({ off: true })).toBe('off');
  });
});
