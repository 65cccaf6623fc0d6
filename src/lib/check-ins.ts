import { addDays, daysBetween, formatDate, isIsoDate, type IsoDate } from './calendar-date';
import type { Plan } from './no-contact-plan';
import { isRecord, parseStored } from './stored-json';
import { defineStoredItem, plural } from './stored-item';

/** How the reader feels, from 1 (very low) to 5 (good). */
export const MOOD_RANGE = { min: 1, max: 5 } as const;

/** How strong the pull to get in touch is, from 0 (none) to 10 (overwhelming). */
export const PULL_RANGE = { min: 0, max: 10 } as const;

/**
 * The answers to "any contact today?", in the order a form offers them. Only
 * `reached-out` (the reader got in touch) breaks a run of days without
 * contact; `they-reached-out` and `logistics` (children, keys, a lease) are
 * recorded apart and never do, as the tracker page says.
 */
export const CONTACT_KINDS = ['none', 'reached-out', 'they-reached-out', 'logistics'] as const;

/** One of {@link CONTACT_KINDS}. */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The longest note kept, in UTF-16 code units (what an input's `maxlength` counts), after trimming. */
export const MAX_CHECK_IN_NOTE = 140;

/**
 * How many days back a missed check-in can be filled in: up to 30 days before
 * today (the window of "days without contact in the last 30"), and never before
 * the plan's first day 0. A month is about as far back as a day's mood is
 * remembered honestly.
 */
export const FILL_BACK_DAYS = 30;

/** The most check-ins kept: the latest 400 dates (over a year of daily check-ins); older ones are dropped. */
export const MAX_CHECK_INS = 400;

/** One day's check-in. */
export interface CheckIn {
  /** The day it describes (not the day it was written). */
  date: IsoDate;
  /** A whole number within {@link MOOD_RANGE}. */
  mood: number;
  /** A whole number within {@link PULL_RANGE}. */
  pull: number;
  /** Any contact that day. */
  contact: ContactKind;
  /** One line in the reader's words: trimmed, never blank, no line breaks, at most {@link MAX_CHECK_IN_NOTE}. */
  note?: string;
}

/** A check-in as a form gives it: numbers may arrive as text, anything may be missing. */
export interface CheckInFields {
  /** The day the check-in is for, 'YYYY-MM-DD'. */
  date: string;
  mood: number | string | undefined;
  pull: number | string | undefined;
  contact: string | undefined;
  note?: string | undefined;
}

/** What is wrong with each field, as a sentence for the reader; a field that is fine has no entry. */
export type CheckInErrors = Partial<Record<keyof CheckInFields, string>>;

/** What the check-in form tells the reader: one source for the island and its tests. */
export const CHECK_IN_MESSAGES = {
  mood: `Choose how you feel, from ${MOOD_RANGE.min} (very low) to ${MOOD_RANGE.max} (good).`,
  pull: `Choose how strong the pull to get in touch is, from ${PULL_RANGE.min} (none) to ${PULL_RANGE.max} (very strong).`,
  contact: 'Choose whether there was any contact that day.',
  noteTooLong: `Keep the note to one line of ${MAX_CHECK_IN_NOTE} characters or fewer.`,
  date: 'Choose a day for this check-in.',
  future: 'That day has not come yet. You can check in for today or a day you missed.',
  tooEarly: (earliest: IsoDate) => `Missed days can be filled in back to ${formatDate(earliest)}.`,
  pastDone: 'That day already has its check-in. A check-in can be changed on its own day; earlier ones stay as you wrote them.',
} as const;

// Characters that show nothing: whitespace, zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen.
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;
const LINE_BREAKS = /\s*[\n\r\u2028\u2029]+\s*/gu;

/** `text` as a one-line note: line breaks become single spaces, ends trimmed; undefined when nothing visible is left. */
export function cleanCheckInNote(text: string | undefined): string | undefined {
  const line = (text ?? '').replace(LINE_BREAKS, ' ').trim();
  return line.replace(INVISIBLE, '') === '' ? undefined : line;
}

/** True for a whole number from `min` to `max`. */
function inRange(value: unknown, { min, max }: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

// A form's text '7' is 7; '', ' ', '7.5' and '1e1' are not whole numbers written plainly.
function wholeNumber(value: number | string | undefined): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : undefined;
}

function isContactKind(value: unknown): value is ContactKind {
  return (CONTACT_KINDS as readonly unknown[]).includes(value);
}

/** The check-in for `date` in `list`, or undefined. */
export function checkInOn(list: readonly CheckIn[], date: IsoDate): CheckIn | undefined {
  return list.find((c) => c.date === date);
}

/** True when two check-ins (or their absence) hold the same answers for the same day. */
export function sameCheckIn(a: CheckIn | undefined, b: CheckIn | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.date === b.date && a.mood === b.mood && a.pull === b.pull && a.contact === b.contact && a.note === b.note;
}

/**
 * The first day whose check-in can be filled in on `today`: {@link FILL_BACK_DAYS}
 * before `today`, or the plan's first day 0 (the last contact before any slip)
 * when that is later; `today` itself when the plan starts after `today` (the
 * clock or time zone changed), so today can always be checked in.
 * @throws RangeError when `today` or a date of `plan` is not an {@link IsoDate}.
 */
export function earliestFillable(plan: Plan | undefined, today: IsoDate): IsoDate {
  const limit = addDays(today, -FILL_BACK_DAYS);
  const start = plan ? planStart(plan) : limit;
  if (daysBetween(start, today) < 0) return today;
  return daysBetween(limit, start) > 0 ? start : limit;
}

/** The plan's first day 0: the last contact before any slip. */
export function planStart(plan: Plan): IsoDate {
  return plan.slips[0]?.previousLastContact ?? plan.lastContact;
}

/**
 * Why a check-in for `date` cannot be saved on `today`, as the sentence to
 * show, or undefined when it can. The rules: today's check-in can be written
 * and changed all day; a missed day, one with no check-in in `list`, can be
 * filled in from {@link earliestFillable} up to yesterday; a past day that
 * already has its check-in keeps it as written (it can be deleted); a future
 * day never.
 * @throws RangeError when `today` or a date of `plan` is not an {@link IsoDate}.
 */
export function dateProblem(date: string, today: IsoDate, plan: Plan | undefined, list: readonly CheckIn[]): string | undefined {
  if (!isIsoDate(date)) return CHECK_IN_MESSAGES.date;
  const age = daysBetween(date, today);
  if (age < 0) return CHECK_IN_MESSAGES.future;
  if (age === 0) return undefined;
  const earliest = earliestFillable(plan, today);
  if (daysBetween(earliest, date) < 0) return CHECK_IN_MESSAGES.tooEarly(earliest);
  return checkInOn(list, date) ? CHECK_IN_MESSAGES.pastDone : undefined;
}

/** What {@link readCheckIn} made of a form: a check-in to save, or what is wrong with each field. */
export type CheckInResult = { ok: true; checkIn: CheckIn } | { ok: false; errors: CheckInErrors };

/**
 * Checks a form's `fields` against the rules of {@link dateProblem} and each
 * field's range, and gives the check-in to save (note cleaned with
 * {@link cleanCheckInNote}; a blank note is left out) or every problem at once.
 * Never throws for what a form sends; throws RangeError only when `today` or
 * the plan's dates are not {@link IsoDate}s.
 */
export function readCheckIn(
  fields: CheckInFields,
  context: { today: IsoDate; plan: Plan | undefined; list: readonly CheckIn[] },
): CheckInResult {
  const errors: CheckInErrors = {};
  const mood = wholeNumber(fields.mood);
  const pull = wholeNumber(fields.pull);
  const note = cleanCheckInNote(fields.note);
  const date = dateProblem(fields.date, context.today, context.plan, context.list);
  if (date !== undefined) errors.date = date;
  if (!inRange(mood, MOOD_RANGE)) errors.mood = CHECK_IN_MESSAGES.mood;
  if (!inRange(pull, PULL_RANGE)) errors.pull = CHECK_IN_MESSAGES.pull;
  if (!isContactKind(fields.contact)) errors.contact = CHECK_IN_MESSAGES.contact;
  if (note !== undefined && note.length > MAX_CHECK_IN_NOTE) errors.note = CHECK_IN_MESSAGES.noteTooLong;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checkIn: CheckIn = { date: fields.date, mood: mood!, pull: pull!, contact: fields.contact as ContactKind };
  if (note !== undefined) checkIn.note = note;
  return { ok: true, checkIn };
}

function byDate(a: CheckIn, b: CheckIn): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** The latest {@link MAX_CHECK_INS} of a list sorted by date. */
function bounded(list: CheckIn[]): CheckIn[] {
  return list.length > MAX_CHECK_INS ? list.slice(list.length - MAX_CHECK_INS) : list;
}

/**
 * The list, sorted by date, with `checkIn` as its date's only entry (replacing
 * any there), keeping the latest {@link MAX_CHECK_INS}. The same list when it
 * already holds exactly that check-in, so applying it twice changes nothing.
 */
export function withCheckIn(list: readonly CheckIn[], checkIn: CheckIn): readonly CheckIn[] {
  if (sameCheckIn(checkInOn(list, checkIn.date), checkIn)) return list;
  return bounded([...list.filter((c) => c.date !== checkIn.date), checkIn].sort(byDate));
}

/** The list without the check-in for `date`, or the same list when it has none. */
export function withoutCheckIn(list: readonly CheckIn[], date: IsoDate): readonly CheckIn[] {
  return checkInOn(list, date) ? list.filter((c) => c.date !== date) : list;
}

/**
 * Changes one day from `before` (what the reader saw; undefined: no check-in)
 * to `after` (undefined: deleted), for `date`, the day of both. Only when that
 * day still holds `before`: when another tab changed the same day in the
 * meantime, its check-in stands and the list is returned as it is, so two tabs
 * never undo each other. Idempotent: a list that already holds `after` is
 * returned as it is. Check-ins for other days are never touched, so saves of
 * different days in two tabs at once are both kept.
 */
export function changeCheckIn(
  list: readonly CheckIn[],
  date: IsoDate,
  before: CheckIn | undefined,
  after: CheckIn | undefined,
): readonly CheckIn[] {
  const current = checkInOn(list, date);
  if (sameCheckIn(current, after) || !sameCheckIn(current, before)) return list;
  return after ? withCheckIn(list, after) : withoutCheckIn(list, date);
}

function decodeCheckIn(value: unknown): CheckIn | undefined {
  if (!isRecord(value)) return undefined;
  const { date, mood, pull, contact, note } = value;
  if (!isIsoDate(date) || !inRange(mood, MOOD_RANGE) || !inRange(pull, PULL_RANGE) || !isContactKind(contact)) return undefined;
  const checkIn: CheckIn = { date, mood, pull, contact };
  if (note !== undefined) {
    // Only a note as the form keeps it: anything else is damage, not the reader's words.
    if (typeof note !== 'string' || cleanCheckInNote(note) !== note || note.length > MAX_CHECK_IN_NOTE) return undefined;
    checkIn.note = note;
  }
  return checkIn;
}

/** One check-in as JSON, fields always in the same order. */
function encodeOne({ date, mood, pull, contact, note }: CheckIn): string {
  return JSON.stringify(note === undefined ? { date, mood, pull, contact } : { date, mood, pull, contact, note });
}

/**
 * Reads stored check-ins, sorted by date. Never throws: damaged JSON or a
 * non-array gives `[]`; malformed entries (a field missing, out of range or of
 * the wrong type; a note that is blank, too long or not one trimmed line) are
 * dropped, and unknown fields too. Of two entries for one date, the one whose
 * JSON sorts first is kept, whatever their order. Only the latest
 * {@link MAX_CHECK_INS} dates are kept.
 */
export function decodeCheckIns(encoded: string | undefined): CheckIn[] {
  const parsed = parseStored(encoded);
  if (!Array.isArray(parsed)) return [];
  const byDay = new Map<IsoDate, { checkIn: CheckIn; text: string }>();
  for (const value of parsed) {
    const checkIn = decodeCheckIn(value);
    if (!checkIn) continue;
    const text = encodeOne(checkIn);
    const known = byDay.get(checkIn.date);
    if (!known || text < known.text) byDay.set(checkIn.date, { checkIn, text });
  }
  return bounded([...byDay.values()].map((e) => e.checkIn).sort(byDate));
}

/** The list as JSON, oldest first, for storage; {@link decodeCheckIns} reads it back unchanged. */
export function encodeCheckIns(list: readonly CheckIn[]): string {
  return `[${list.map(encodeOne).join(',')}]`;
}

/** The reader's daily check-ins, oldest first, one per date. */
export const CHECK_INS = defineStoredItem<readonly CheckIn[]>({
  name: 'check-ins',
  version: 1,
  initial: [],
  decode: decodeCheckIns,
  encode: (list) => (list.length ? encodeCheckIns(list) : undefined),
  label: 'Your check-ins',
  summary: (list) => plural(list.length, 'check-in'),
});
