import { addYears, daysBetween, formatDate, isIsoDate, type IsoDate } from './calendar-date';
import { LENGTH_RANGE, type Plan } from './no-contact-plan';

/** The period lengths offered as one-tap choices, in days ('Count your days' in best-foot-forward). */
export const PRESET_LENGTHS = [30, 45, 60] as const;

/** The guide’s rule of thumb of “one to two months”, in days (inclusive). */
export const RULE_OF_THUMB = { min: 30, max: 60 } as const;

/** How far back, in calendar years before today, a last contact may be. */
export const MAX_AGE_YEARS = 5;

/** The outcome of checking a form field: the parsed value, or a message to show next to the field. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a date field holds. 'early' is a real date before year 1000: earlier than any the tracker accepts. */
type DateInput = { kind: 'empty' } | { kind: 'invalid'; error: string } | { kind: 'early' } | { kind: 'date'; date: IsoDate };

function readDate(input: string): DateInput {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = DATE_SHAPE.exec(trimmed);
  if (!match) return { kind: 'invalid', error: 'Enter the date as year, month and day, for example 2026-10-20.' };
  if (isIsoDate(trimmed)) return { kind: 'date', date: trimmed };
  // Leap years repeat every 400 years, so moving the year on by 2000 keeps 29 February honest.
  const shifted = `${Number(match[1]) + 2000}-${match[2]}-${match[3]}`;
  if (Number(match[1]) < 1000 && isIsoDate(shifted)) return { kind: 'early' };
  return { kind: 'invalid', error: `There is no such date as ${trimmed}. Check the day and the month.` };
}

function isFuture(date: IsoDate, today: IsoDate): boolean {
  return daysBetween(today, date) > 0;
}

/**
 * Checks the last-contact field: a real date (surrounding spaces ignored), not
 * after `today`, and not more than {@link MAX_AGE_YEARS} calendar years before it.
 * @throws RangeError when `today` is not an {@link IsoDate}.
 */
export function validateLastContact(input: string, today: IsoDate): Validation<IsoDate> {
  const earliest = addYears(today, -MAX_AGE_YEARS);
  const field = readDate(input);
  if (field.kind === 'empty') return { ok: false, error: 'Enter the date of your last contact.' };
  if (field.kind === 'invalid') return { ok: false, error: field.error };
  if (field.kind === 'early' || daysBetween(earliest, field.date) < 0) {
    return {
      ok: false,
      error: `That is more than ${MAX_AGE_YEARS} years ago. Enter a date on or after ${formatDate(earliest, { weekday: false })}.`,
    };
  }
  if (isFuture(field.date, today)) {
    return { ok: false, error: `Your last contact can't be in the future. Today is ${formatDate(today)}.` };
  }
  return { ok: true, value: field.date };
}

const NUMBER_SHAPE = /^\s*-?\d+(\.\d+)?\s*$/;

/** The most characters the number-of-days fields take: room for "365" with spaces around it. */
export const DAYS_FIELD_LENGTH = 8;

/**
 * Checks the period-length field: a whole number of days within
 * {@link LENGTH_RANGE}, surrounding spaces ignored. Never throws.
 */
export function validateLength(input: string): Validation<number> {
  const range = `${LENGTH_RANGE.min} and ${LENGTH_RANGE.max}`;
  if (input.trim() === '') return { ok: false, error: 'Enter how many days you want your no-contact period to last.' };
  if (!NUMBER_SHAPE.test(input)) return { ok: false, error: 'Enter the number of days in digits, for example 45.' };
  const value = Number(input);
  if (value === 0) return { ok: false, error: `A period needs at least one day. Choose between ${range} days.` };
  if (value < 0) return { ok: false, error: `The number of days can't be negative. Choose between ${range} days.` };
  // Too many to count comes before "whole days": a 309-digit number is not a fraction.
  if (value > LENGTH_RANGE.max) {
    return { ok: false, error: `The tracker counts up to ${LENGTH_RANGE.max} days. Choose between ${range} days.` };
  }
  if (!Number.isInteger(value)) return { ok: false, error: 'Use whole days only, for example 45 rather than 45.5.' };
  if (value < LENGTH_RANGE.min) {
    return {
      ok: false,
      error: `The guide asks for at least a month, so the tracker needs ${LENGTH_RANGE.min} days or more. Choose between ${range} days.`,
    };
  }
  return { ok: true, value };
}

/**
 * A note when `lengthDays` falls outside the guide’s rule of thumb of one to
 * two months ({@link RULE_OF_THUMB}); undefined within it. Under the rule it
 * says plainly that the guide asks for at least a month.
 */
export function lengthNote(lengthDays: number): string | undefined {
  if (lengthDays < RULE_OF_THUMB.min) {
    return `The guide asks for at least a month (${RULE_OF_THUMB.min} days) of no contact. You can use ${lengthDays} days as a first checkpoint, but plan to keep going until day ${RULE_OF_THUMB.min} at least.`;
  }
  if (lengthDays > RULE_OF_THUMB.max) {
    return `That is longer than the guide’s rule of thumb of one to two months (${RULE_OF_THUMB.min} to ${RULE_OF_THUMB.max} days). That is fine if it feels right for you.`;
  }
  return undefined;
}

/**
 * Checks the slip-date field: a real date (surrounding spaces ignored), not
 * after `today` and not before `plan.lastContact`.
 * @throws RangeError when `today` or `plan.lastContact` is not an {@link IsoDate}.
 */
export function validateSlipDate(input: string, plan: Plan, today: IsoDate): Validation<IsoDate> {
  const field = readDate(input);
  if (field.kind === 'empty') return { ok: false, error: 'Enter the date you were in touch.' };
  if (field.kind === 'invalid') return { ok: false, error: field.error };
  if (field.kind === 'early' || daysBetween(plan.lastContact, field.date) < 0) {
    return {
      ok: false,
      error: `Your current count started on ${formatDate(plan.lastContact)}. Enter that day or a later one.`,
    };
  }
  if (isFuture(field.date, today)) {
    return { ok: false, error: `That date can't be in the future. Today is ${formatDate(today)}.` };
  }
  return { ok: true, value: field.date };
}

/** The first day 0 of `plan`: its last contact before any slip. */
function planStart(plan: Plan): IsoDate {
  return plan.slips[0]?.previousLastContact ?? plan.lastContact;
}

/**
 * Checks the date of contact that does not restart the count ("They contacted
 * me", "Logistics only"): a real date, not after `today`, and not before the
 * plan began (its first day 0). Never throws for a bad field.
 * @throws RangeError when `today` or the plan's dates are not {@link IsoDate}s.
 */
export function validateContactDate(input: string, plan: Plan, today: IsoDate): Validation<IsoDate> {
  const field = readDate(input);
  if (field.kind === 'empty') return { ok: false, error: 'Enter the date of the contact.' };
  if (field.kind === 'invalid') return { ok: false, error: field.error };
  const start = planStart(plan);
  if (field.kind === 'early' || daysBetween(start, field.date) < 0) {
    return { ok: false, error: `Your plan began on ${formatDate(start)}. Enter that day or a later one.` };
  }
  if (isFuture(field.date, today)) {
    return { ok: false, error: `That date can't be in the future. Today is ${formatDate(today)}.` };
  }
  return { ok: true, value: field.date };
}

/** Shown when the browser itself rejects a date it cannot represent (say 30 February). */
export const BAD_DATE = 'That date doesn’t exist. Check the day and the month.';

/** The period-length choice: one of {@link PRESET_LENGTHS} as text, or 'custom' for "Another length". */
export type LengthChoice = `${(typeof PRESET_LENGTHS)[number]}` | 'custom';

/** A date field as read when its form is sent. */
export interface DateField {
  /** The field's value: 'YYYY-MM-DD' from a date input, or what was typed into a text field. */
  dateText: string;
  /** A date input's `validity.badInput`: true when it holds a date it cannot represent (its value is then ''). */
  dateBadInput: boolean;
}

/** What the plan form's fields hold. */
export interface PlanFields {
  /** The last-contact date field. */
  dateText: string;
  /** The chosen length. */
  choice: LengthChoice;
  /** The "Number of days" field; only read when `choice` is 'custom'. */
  customText: string;
}

/** The plan form as sent: its fields, with the date field as read from the page. */
export type PlanFormInput = PlanFields & DateField;

/** A message for each plan-form field that has a problem; no key for a field without one. */
export interface PlanFormErrors {
  date?: string;
  length?: string;
}

/** The outcome of {@link checkPlanForm}: the plan to save, or a message per field. */
export type PlanFormCheck = { ok: true; lastContact: IsoDate; lengthDays: number } | { ok: false; errors: PlanFormErrors };

/** The plan form before the browser has filled it: no date, 45 days. */
export const BLANK_PLAN_FIELDS: Readonly<PlanFields> = { dateText: '', choice: '45', customText: '' };

function presetChoice(lengthDays: number): LengthChoice | undefined {
  return (PRESET_LENGTHS as readonly number[]).includes(lengthDays) ? (String(lengthDays) as LengthChoice) : undefined;
}

/**
 * The plan form filled from `plan`: its last contact, and its length as a
 * preset or, for any other length, as 'custom' with the number of days.
 * Without a plan: `today` and {@link BLANK_PLAN_FIELDS}' length. Never throws.
 */
export function planFields(plan: Plan | undefined, today: IsoDate): PlanFields {
  if (!plan) return { ...BLANK_PLAN_FIELDS, dateText: today };
  const preset = presetChoice(plan.lengthDays);
  return preset
    ? { dateText: plan.lastContact, choice: preset, customText: '' }
    : { dateText: plan.lastContact, choice: 'custom', customText: String(plan.lengthDays) };
}

/**
 * The {@link lengthNote} for a custom length that is valid; undefined for a
 * preset, an invalid custom length, or one within the rule of thumb.
 */
export function customLengthNote({ choice, customText }: Pick<PlanFields, 'choice' | 'customText'>): string | undefined {
  if (choice !== 'custom') return undefined;
  const days = validateLength(customText);
  return days.ok ? lengthNote(days.value) : undefined;
}

/**
 * Checks the plan form: the date with {@link validateLastContact} ({@link BAD_DATE}
 * when the browser rejected it), a custom length with {@link validateLength}.
 * Both fields are checked, so each gets its own message at once.
 * @throws RangeError when `today` is not an {@link IsoDate} and the browser accepted the date.
 */
export function checkPlanForm(input: PlanFormInput, today: IsoDate): PlanFormCheck {
  const date: Validation<IsoDate> = input.dateBadInput ? { ok: false, error: BAD_DATE } : validateLastContact(input.dateText, today);
  const length: Validation<number> =
    input.choice === 'custom' ? validateLength(input.customText) : { ok: true, value: Number(input.choice) };
  if (date.ok && length.ok) return { ok: true, lastContact: date.value, lengthDays: length.value };
  const errors: PlanFormErrors = {};
  if (!date.ok) errors.date = date.error;
  if (!length.ok) errors.length = length.error;
  return { ok: false, errors };
}

/**
 * Checks the slip form's date with {@link validateSlipDate}, or gives
 * {@link BAD_DATE} when the browser rejected it.
 * @throws RangeError when `today` or `plan.lastContact` is not an {@link IsoDate} and the browser accepted the date.
 */
export function checkSlipForm(input: DateField, plan: Plan, today: IsoDate): Validation<IsoDate> {
  return input.dateBadInput ? { ok: false, error: BAD_DATE } : validateSlipDate(input.dateText, plan, today);
}
