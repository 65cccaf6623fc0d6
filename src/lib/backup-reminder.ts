import { addDays, isIsoDate, type IsoDate } from './calendar-date';
import { isRecord, parseStored } from './stored-json';
import { defineStoredItem, type SinceMap } from './stored-item';

/** Days from the first thing saved to the first reminder to keep a copy. */
export const FIRST_REMINDER_DAYS = 14;

/** Days between later reminders, counted from the last copy or the last "not now". */
export const REPEAT_DAYS = 30;

/** What the backup reminder remembers. Dates are the reader's local dates. */
export interface BackupReminderState {
  /** True once the reader turned the reminders off. */
  off: boolean;
  /** The day the reader last exported their data. */
  lastExport?: IsoDate | undefined;
  /** The day the reader last answered a reminder with "not now". */
  lastDismissed?: IsoDate | undefined;
}

const INITIAL: BackupReminderState = { off: false };

/**
 * The first day the reader saved anything the reminder is about: the earliest
 * date in `since`, leaving out `ignore` (settings such as the theme, and the
 * reminder's own state). Undefined when nothing else is stored.
 */
export function firstSaved(since: SinceMap, ignore: readonly string[]): IsoDate | undefined {
  const dates = Object.entries(since)
    .filter(([key, date]) => !ignore.includes(key) && isIsoDate(date))
    .map(([, date]) => date)
    .sort();
  return dates[0];
}

/**
 * The day the next reminder is due, or undefined when none is: reminders are
 * off, or nothing has been saved. The first comes {@link FIRST_REMINDER_DAYS}
 * after `first` (the first day something was saved); after a copy or a
 * "not now", the next comes {@link REPEAT_DAYS} after the later of the two.
 */
export function nextReminder(state: BackupReminderState, first: IsoDate | undefined): IsoDate | undefined {
  if (state.off || first === undefined) return undefined;
  const last = [state.lastExport, state.lastDismissed]
    .filter((d): d is IsoDate => d !== undefined)
    .sort()
    .at(-1);
  try {
    return last === undefined ? addDays(first, FIRST_REMINDER_DAYS) : addDays(last, REPEAT_DAYS);
  } catch {
    // A date the calendar cannot count from (damaged, or past the year 9999): no reminder rather than an error.
    return undefined;
  }
}

/** Whether the reminder shows on `today` (see {@link nextReminder}). */
export function reminderDue(state: BackupReminderState, first: IsoDate | undefined, today: IsoDate): boolean {
  const next = nextReminder(state, first);
  return next !== undefined && next <= today;
}

/** Reads a stored state. Never throws: damaged text gives the valid part, or reminders on with no dates. */
export function decodeBackupReminder(text: string): BackupReminderState {
  const parsed = parseStored(text);
  if (!isRecord(parsed)) return INITIAL;
  const date = (value: unknown) => (isIsoDate(value) ? value : undefined);
  const state: BackupReminderState = { off: parsed['off'] === true };
  const lastExport = date(parsed['lastExport']);
  const lastDismissed = date(parsed['lastDismissed']);
  if (lastExport) state.lastExport = lastExport;
  if (lastDismissed) state.lastDismissed = lastDismissed;
  return state;
}

/** The state as stored text, or undefined for the initial state (nothing to keep). */
export function encodeBackupReminder(state: BackupReminderState): string | undefined {
  const out: Record<string, unknown> = {};
  if (state.off) out['off'] = true;
  if (state.lastExport) out['lastExport'] = state.lastExport;
  if (state.lastDismissed) out['lastDismissed'] = state.lastDismissed;
  return Object.keys(out).length ? JSON.stringify(out) : undefined;
}

/** The reminder to keep a copy of your data: whether it is on, and when you last made a copy or said "not now". */
export const BACKUP_REMINDER = defineStoredItem<BackupReminderState>({
  name: 'backup-reminder',
  version: 1,
  initial: INITIAL,
  decode: decodeBackupReminder,
  encode: encodeBackupReminder,
  label: 'Reminder to keep a copy',
  summary: (state) => [state.off ? 'off' : 'on', state.lastExport ? `last copy ${state.lastExport}` : ''].filter(Boolean).join(', '),
});
