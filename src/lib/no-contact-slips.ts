import { daysBetween, formatDate, type IsoDate } from './calendar-date';
import { cleanNote, MAX_LOGGED_CONTACTS, type LoggedContact, type Plan, type Slip } from './no-contact-plan';

/**
 * Records contact on `date`: the count restarts with `date` as day 0, and a
 * {@link Slip} remembering the day reached is appended. `note` is trimmed, left
 * out when empty and cut to the plan's `MAX_NOTE_LENGTH`. Returns a new plan.
 * @throws RangeError when `date` is not an {@link IsoDate} or is before `plan.lastContact`.
 */
export function logSlip(plan: Plan, date: IsoDate, note?: string): Plan {
  const dayReached = daysBetween(plan.lastContact, date);
  if (dayReached < 0) throw new RangeError(`A slip on ${date} can't come before the last contact on ${plan.lastContact}`);
  const cleaned = cleanNote(note);
  const slip: Slip = { date, dayReached, previousLastContact: plan.lastContact };
  if (cleaned !== undefined) slip.note = cleaned;
  return { ...plan, lastContact: date, slips: [...plan.slips, slip] };
}

/**
 * Records contact that does not restart the count: they got in touch, or
 * logistics only. Kept in date order, the latest {@link MAX_LOGGED_CONTACTS}.
 * Returns a new plan; the count is unchanged.
 */
export function logContact(plan: Plan, date: IsoDate, kind: LoggedContact['kind']): Plan {
  const contacts = [...(plan.contacts ?? []), { date, kind }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...plan, contacts: contacts.slice(-MAX_LOGGED_CONTACTS) };
}

/** The plan without its `index`-th logged contact (the same plan when there is none). */
export function removeContact(plan: Plan, index: number): Plan {
  if (!plan.contacts?.[index]) return plan;
  const contacts = plan.contacts.filter((_, i) => i !== index);
  const next: Plan = { ...plan };
  if (contacts.length) next.contacts = contacts;
  else delete next.contacts;
  return next;
}

/**
 * Takes back the most recent slip: it is removed and the count runs from its
 * `previousLastContact` again. Returns `plan` itself when there are no slips.
 */
export function undoSlip(plan: Plan): Plan {
  const last = plan.slips.at(-1);
  if (!last) return plan;
  return { ...plan, lastContact: last.previousLastContact, slips: plan.slips.slice(0, -1) };
}

/**
 * Why `lastContact` cannot become the plan's day 0, or undefined when it can:
 * a date before the most recent slip would put that slip after the last
 * contact and quietly undo it. The reader undoes the slip on purpose instead.
 * @throws RangeError when `lastContact` is not an {@link IsoDate}.
 */
export function lastContactConflict(plan: Plan | undefined, lastContact: IsoDate): string | undefined {
  const last = plan?.slips.at(-1);
  if (!last || daysBetween(last.date, lastContact) >= 0) return undefined;
  return `You logged contact on ${formatDate(last.date)}, so your count runs from that day. To count from an earlier day, undo that slip first.`;
}
