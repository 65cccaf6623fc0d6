import { computed } from 'nanostores';
import { BACKUP_REMINDER, firstSaved, reminderDue } from '~/lib/backup-reminder';
import { THEME } from '~/lib/theme';
import { $since, persistentItem } from './stored';
import { $today } from './today';

/** The backup reminder's state: on or off, the last copy, the last "not now". Kept on this device. */
export const $backupReminder = persistentItem(BACKUP_REMINDER);

/** Whether to show the reminder to keep a copy today (two weeks after the first save, then monthly). */
export const $backupDue = computed([$backupReminder, $since, $today], (state, since, today) =>
  // The theme and the reminder's own state are settings, not something the reader would miss.
  reminderDue(state, firstSaved(since, [THEME.key, BACKUP_REMINDER.key]), today),
);

/** Notes that the reader exported their data today: the next reminder is a month away. */
export function noteExport(): void {
  $backupReminder.set({ ...$backupReminder.get(), lastExport: $today.get() });
}

/** "Not now": the reminder comes back in a month. */
export function dismissReminder(): void {
  $backupReminder.set({ ...$backupReminder.get(), lastDismissed: $today.get() });
}

/** Turns the reminders on or off. */
export function setReminders(on: boolean): void {
  $backupReminder.set({ ...$backupReminder.get(), off: !on });
}
