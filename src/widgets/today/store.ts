import type { IsoDate } from '~/lib/calendar-date';
import { CHECK_INS, changeCheckIn, checkInOn, readCheckIn, type CheckIn, type CheckInErrors, type CheckInFields } from '~/lib/check-ins';
import { $plan } from '~/stores/no-contact-plan';
import { localDate, persistentItem } from '~/stores/stored';
import { updateItem } from '~/stores/update';

/** The reader's daily check-ins, oldest first, one per date. Kept on this device only. */
export const $checkIns = persistentItem(CHECK_INS);

/** What {@link saveCheckIn} did: the check-in now saved, or what is wrong with each field (nothing saved). */
export type SaveOutcome = { ok: true; checkIn: CheckIn; errors: CheckInErrors } | { ok: false; errors: CheckInErrors };

/**
 * Saves a check-in from the form's `fields` on `today` (the reader's local
 * date), by the rules of `readCheckIn` in src/lib/check-ins.ts: today's can be
 * changed all day, a missed day filled in, nothing in the future. Another tab
 * saving a different day at the same moment keeps its check-in too; if it
 * changes the same day at the same moment, the first one stored stands in
 * both. Never throws for what a form sends.
 */
export function saveCheckIn(fields: CheckInFields, today: IsoDate = localDate()): SaveOutcome {
  const list = $checkIns.get();
  const result = readCheckIn(fields, { today, plan: $plan.get(), list });
  if (!result.ok) return result;
  const { checkIn } = result;
  const before = checkInOn(list, checkIn.date);
  updateItem(CHECK_INS, (value) => changeCheckIn(value, checkIn.date, before, checkIn));
  return { ok: true, checkIn, errors: {} };
}

/** Deletes the check-in for `date`, in every tab; one another tab changes at the same moment is kept. */
export function deleteCheckIn(date: IsoDate): void {
  const before = checkInOn($checkIns.get(), date);
  if (before) updateItem(CHECK_INS, (value) => changeCheckIn(value, date, before, undefined));
}
