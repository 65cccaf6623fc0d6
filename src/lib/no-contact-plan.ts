import { daysBetween, formatDate, isIsoDate, type IsoDate } from './calendar-date';
import { isRecord, parseStored } from './stored-json';
import { defineStoredItem, plural } from './stored-item';

// The stored plan and its codec, apart from the tracker's other rules so that
// pages reading only the plan (the readiness quiz) load only this.

/**
 * The shortest and longest period the tracker accepts, in days (inclusive).
 * Three weeks at least: the guide asks for one to two months ('Count your days'
 * in best-foot-forward), and the form says so under 30 days.
 */
export const LENGTH_RANGE = { min: 21, max: 365 } as const;

/**
 * The shortest length an earlier version of the tracker accepted. A stored
 * plan that short is read as it is, so the reader's count and any backup of
 * it stay exactly as saved; only a new or changed plan needs {@link LENGTH_RANGE}.
 */
export const LEGACY_MIN_LENGTH = 7;

/** The longest slip note kept, in UTF-16 code units (what a textarea's `maxlength` counts). */
export const MAX_NOTE_LENGTH = 500;

/** A day the reader was in touch again, which restarted the count. */
export interface Slip {
  /** The day of the contact: the new day 0. */
  date: IsoDate;
  /** The day count reached before the slip (days from the previous last contact to `date`). */
  dayReached: number;
  /** The last-contact date the count ran from before the slip, restored by {@link undoSlip}. */
  previousLastContact: IsoDate;
  /** The reader's own words about it: trimmed, never empty, at most {@link MAX_NOTE_LENGTH}. */
  note?: string;
}

/** Kinds of contact that do not restart the count: they got in touch, or the two of you sorted out practical things. */
export const CONTACT_LOG_KINDS = ['they-reached-out', 'logistics'] as const;

/** A day of contact that is not a slip: recorded, and the count goes on. */
export interface LoggedContact {
  date: IsoDate;
  kind: (typeof CONTACT_LOG_KINDS)[number];
}

/** The most contacts of this kind a plan keeps (the latest). */
export const MAX_LOGGED_CONTACTS = 200;

/** Everything the tracker stores. */
export interface Plan {
  /** The day of last contact: day 0 of the count. */
  lastContact: IsoDate;
  /** The chosen period, in days, within {@link LENGTH_RANGE}. */
  lengthDays: number;
  /** Every slip, oldest first. */
  slips: Slip[];
  /** Contact that does not restart the count (they got in touch; logistics), oldest first; absent when none. */
  contacts?: LoggedContact[];
}

/** True for a whole number of days within {@link LENGTH_RANGE}. */
export function isPeriodLength(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= LENGTH_RANGE.min && (value as number) <= LENGTH_RANGE.max;
}

/** A slip note trimmed, undefined when empty, cut to {@link MAX_NOTE_LENGTH} without leaving half an emoji behind. */
export function cleanNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (trimmed.length <= MAX_NOTE_LENGTH) return trimmed;
  const cut = trimmed.slice(0, MAX_NOTE_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1).trimEnd() : cut.trimEnd();
}

function decodeSlip(value: unknown): Slip | undefined {
  if (!isRecord(value)) return undefined;
  const { date, dayReached, previousLastContact, note } = value;
  if (!isIsoDate(date) || !isIsoDate(previousLastContact)) return undefined;
  const days = daysBetween(previousLastContact, date);
  if (days < 0 || dayReached !== days) return undefined;
  if (note !== undefined && (typeof note !== 'string' || note.trim().length > MAX_NOTE_LENGTH)) return undefined;
  const slip: Slip = { date, dayReached: days, previousLastContact };
  const cleaned = cleanNote(note);
  if (cleaned !== undefined) slip.note = cleaned;
  return slip;
}

/**
 * Reads a stored plan. Never throws: returns undefined for a missing value,
 * damaged JSON, or any field that is missing, of the wrong type or out of
 * range (including any malformed slip). Unknown fields are dropped. A length
 * from {@link LEGACY_MIN_LENGTH} up to {@link LENGTH_RANGE}'s minimum, which an
 * earlier version accepted, is read as it was stored.
 */
export function decodePlan(encoded: string | undefined): Plan | undefined {
  const parsed = parseStored(encoded);
  if (!isRecord(parsed)) return undefined;
  const { lastContact, lengthDays, slips } = parsed;
  const storedLength =
    isPeriodLength(lengthDays) ||
    (Number.isInteger(lengthDays) && (lengthDays as number) >= LEGACY_MIN_LENGTH && (lengthDays as number) <= LENGTH_RANGE.max);
  if (!isIsoDate(lastContact) || !storedLength || !Array.isArray(slips)) return undefined;
  const decoded: Slip[] = [];
  for (const value of slips) {
    const slip = decodeSlip(value);
    if (!slip) return undefined;
    decoded.push(slip);
  }
  const plan: Plan = { lastContact, lengthDays: lengthDays as number, slips: decoded };
  const { contacts } = parsed;
  if (contacts !== undefined) {
    if (!Array.isArray(contacts) || contacts.length === 0 || contacts.length > MAX_LOGGED_CONTACTS) return undefined;
    const logged: LoggedContact[] = [];
    for (const value of contacts) {
      if (!isRecord(value) || !isIsoDate(value.date) || !CONTACT_LOG_KINDS.includes(value.kind as LoggedContact['kind'])) return undefined;
      logged.push({ date: value.date, kind: value.kind as LoggedContact['kind'] });
    }
    plan.contacts = logged;
  }
  return plan;
}

/** The plan as JSON, for storage; {@link decodePlan} reads it back. */
export function encodePlan(plan: Plan): string {
  return JSON.stringify({
    lastContact: plan.lastContact,
    lengthDays: plan.lengthDays,
    slips: plan.slips.map((slip) => ({
      date: slip.date,
      dayReached: slip.dayReached,
      previousLastContact: slip.previousLastContact,
      ...(slip.note === undefined ? {} : { note: slip.note }),
    })),
    ...(plan.contacts?.length ? { contacts: plan.contacts.map(({ date, kind }) => ({ date, kind })) } : {}),
  });
}

/** The reader's no-contact plan and its slips, or undefined before they set one. */
export const NO_CONTACT_PLAN = defineStoredItem<Plan | undefined>({
  name: 'no-contact-plan',
  version: 1,
  initial: undefined,
  decode: decodePlan,
  encode: (plan) => (plan ? encodePlan(plan) : undefined),
  label: 'Your no-contact plan',
  summary: (plan) =>
    plan
      ? `${plan.lengthDays} days from ${formatDate(plan.lastContact, { weekday: false })}, ${plural(plan.slips.length, 'slip')}`
      : 'no plan',
});
