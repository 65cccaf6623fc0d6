import { addDays, addYears, daysBetween, formatDate, isIsoDate, type IsoDate } from './calendar-date';
import { cleanNote, isPeriodLength, LENGTH_RANGE, type Plan, type Slip } from './no-contact-plan';

export { decodePlan, encodePlan, LENGTH_RANGE, MAX_NOTE_LENGTH } from './no-contact-plan';
export type { Plan, Slip } from './no-contact-plan';

/** The period lengths offered as one-tap choices, in days ('Count your days' in best-foot-forward). */
export const PRESET_LENGTHS = [30, 45, 60] as const;

/** The guide's rule of thumb of "one to two months", in days (inclusive). */
export const RULE_OF_THUMB = { min: 30, max: 60 } as const;

/** How far back, in calendar years before today, a last contact may be. */
export const MAX_AGE_YEARS = 5;

/** The stages of a no-contact period, in order. */
export type StageId = 'accept' | 'radar' | 'rebuild' | 'enjoy' | 'done';

/** One stage of a no-contact period, drawn from a chapter of the guide. */
export interface Stage {
  id: StageId;
  /** A short heading, sentence case. */
  title: string;
  /** One or two sentences of plain advice for this stage. */
  advice: string;
  /** The slug of the chapter that covers this stage. */
  chapter: string;
  /** The day the stage starts (day 0 is the day of last contact). */
  startDay: number;
}

/** Where the reader stands in their period on a given day. */
export interface Progress {
  /** Days since the last contact: 0 on that day, never negative, not capped at `total`. */
  day: number;
  /** The period's length in days. */
  total: number;
  /** Days until the period ends, never negative. */
  daysLeft: number;
  /** The day the period ends: the last contact plus `total` days. */
  endDate: IsoDate;
  /** `day / total`, clamped to 0–1. */
  fraction: number;
  /** The stage the reader is in. */
  stage: Stage;
  /** True from the end date on. */
  finished: boolean;
}

/** The outcome of checking a form field: the parsed value, or a message to show next to the field. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

interface StageText {
  id: StageId;
  title: string;
  advice: string;
  chapter: string;
  /** Where the stage starts, as a percentage of the period. */
  percent: number;
}

const STAGE_TEXT: readonly StageText[] = [
  {
    id: 'accept',
    title: 'Accept and step back',
    advice:
      'The decision was not yours, and it hurts. For now, let it stand: give yourself room to feel it without acting on it.',
    chapter: 'acceptance',
    percent: 0,
  },
  {
    id: 'radar',
    title: 'Drop off the radar',
    advice:
      'Step back fully: no messages, calls, likes or story views. Fill the space with people and things that do you good.',
    chapter: 'absence',
    percent: 15,
  },
  {
    id: 'rebuild',
    title: 'Rebuild yourself',
    advice:
      'Put the energy you would spend wondering about your ex into your own health, sleep and friendships. The aim is a fuller you, not a different person.',
    chapter: 'best-foot-forward',
    percent: 40,
  },
  {
    id: 'enjoy',
    title: 'Enjoy your life',
    advice: 'Say yes to plans, see people and do things you genuinely enjoy. Do them for yourself, not for an audience.',
    chapter: 'happiness',
    percent: 70,
  },
  {
    id: 'done',
    title: 'Your period is complete',
    advice:
      'You have reached the end of the period you chose, and that took real steadiness. Before deciding anything, take the "Are you ready to end no contact?" self-check; carrying on is a choice too.',
    chapter: 'jealousy',
    percent: 100,
  },
];

/**
 * The five stages of a `total`-day period with their start days, in order:
 * 'accept' on day 0, then 'radar', 'rebuild' and 'enjoy' at about 15 %, 40 % and
 * 70 % of the period (whole days, strictly increasing), and 'done' on day `total`.
 * @throws RangeError when `total` is not a whole number within {@link LENGTH_RANGE}.
 */
export function stages(total: number): Stage[] {
  if (!isPeriodLength(total)) {
    throw new RangeError(`A period is a whole number of days from ${LENGTH_RANGE.min} to ${LENGTH_RANGE.max}, got ${total}`);
  }
  const result: Stage[] = [];
  let previous = -1;
  for (const { percent, ...text } of STAGE_TEXT) {
    // Whole percentages keep the rounding exact: 0.7 * 45 is 31.499… in floating point, 70 * 45 / 100 is 31.5.
    const exact = Math.round((percent * total) / 100);
    // On short periods rounding can give two stages the same day; nudge the later one on.
    const startDay = percent === 0 || percent === 100 ? exact : Math.max(exact, previous + 1);
    result.push({ ...text, startDay });
    previous = startDay;
  }
  return result;
}

/**
 * The stage that day `day` of a `total`-day period falls in: the last one that
 * has started. Days before 0 count as 'accept', days from `total` on as 'done'.
 * @throws RangeError when `total` is not a whole number within {@link LENGTH_RANGE}.
 */
export function stageFor(day: number, total: number): Stage {
  const all = stages(total);
  let current = all[0] as Stage;
  for (const stage of all) if (stage.startDay <= day) current = stage;
  return current;
}

/**
 * Where `plan` stands on `today`. A last contact after `today` (the device's
 * clock or time zone changed) counts as day 0.
 * @throws RangeError when `today` or `plan.lastContact` is not an {@link IsoDate}
 *   or `plan.lengthDays` is outside {@link LENGTH_RANGE}.
 */
export function progress(plan: Plan, today: IsoDate): Progress {
  const total = plan.lengthDays;
  const day = Math.max(0, daysBetween(plan.lastContact, today));
  return {
    day,
    total,
    daysLeft: Math.max(0, total - day),
    endDate: addDays(plan.lastContact, total),
    fraction: Math.min(1, day / total),
    stage: stageFor(day, total),
    finished: day >= total,
  };
}

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a date field holds. 'early' is a real date before year 1000: earlier than any the tracker accepts. */
type DateInput =
  | { kind: 'empty' }
  | { kind: 'invalid'; error: string }
  | { kind: 'early' }
  | { kind: 'date'; date: IsoDate };

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
  if (!Number.isInteger(value)) return { ok: false, error: 'Use whole days only, for example 45 rather than 45.5.' };
  if (value < LENGTH_RANGE.min) {
    return { ok: false, error: `The tracker needs at least ${LENGTH_RANGE.min} days. Choose between ${range} days.` };
  }
  if (value > LENGTH_RANGE.max) {
    return { ok: false, error: `The tracker counts up to ${LENGTH_RANGE.max} days. Choose between ${range} days.` };
  }
  return { ok: true, value };
}

/**
 * A gentle note when `lengthDays` falls outside the guide's rule of thumb of one
 * to two months ({@link RULE_OF_THUMB}); undefined within it.
 */
export function lengthNote(lengthDays: number): string | undefined {
  const rule = `the guide's rule of thumb of one to two months (${RULE_OF_THUMB.min} to ${RULE_OF_THUMB.max} days)`;
  if (lengthDays < RULE_OF_THUMB.min) {
    return `That is shorter than ${rule}. It can still work as a first checkpoint.`;
  }
  if (lengthDays > RULE_OF_THUMB.max) {
    return `That is longer than ${rule}. That is fine if it feels right for you.`;
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

/**
 * Records contact on `date`: the count restarts with `date` as day 0, and a
 * {@link Slip} remembering the day reached is appended. `note` is trimmed, left
 * out when empty and cut to {@link MAX_NOTE_LENGTH}. Returns a new plan.
 * @throws RangeError when `date` is not an {@link IsoDate} or is before `plan.lastContact`.
 */
export function logSlip(plan: Plan, date: IsoDate, note?: string): Plan {
  const dayReached = daysBetween(plan.lastContact, date);
  if (dayReached < 0) throw new RangeError(`A slip on ${date} can't come before the last contact on ${plan.lastContact}`);
  const cleaned = cleanNote(note);
  const slip: Slip = { date, dayReached, previousLastContact: plan.lastContact };
  if (cleaned !== undefined) slip.note = cleaned;
  return { lastContact: date, lengthDays: plan.lengthDays, slips: [...plan.slips, slip] };
}

/**
 * Takes back the most recent slip: it is removed and the count runs from its
 * `previousLastContact` again. Returns `plan` itself when there are no slips.
 */
export function undoSlip(plan: Plan): Plan {
  const last = plan.slips.at(-1);
  if (!last) return plan;
  return { lastContact: last.previousLastContact, lengthDays: plan.lengthDays, slips: plan.slips.slice(0, -1) };
}

/** A calendar reminder for a milestone, free of anything the reader wrote. */
export interface MilestoneEvent {
  /** The day of the milestone. */
  date: IsoDate;
  /** A short, discreet title. */
  title: string;
  /** The stage's advice. */
  description: string;
  /** Stable for the same last contact and stage, so re-exporting the same plan gives the same ids. */
  id: string;
}

/**
 * Calendar reminders for `plan`, in date order: the start of each stage after
 * day 0 when `includeStages`, and always the end of the period. Built only
 * from dates and the guide's own text, never from slip notes.
 * @throws RangeError when `plan.lastContact` is not an {@link IsoDate} or
 *   `plan.lengthDays` is outside {@link LENGTH_RANGE}.
 */
export function milestoneEvents(plan: Plan, includeStages: boolean): MilestoneEvent[] {
  const total = plan.lengthDays;
  return stages(total)
    .filter((stage) => stage.startDay > 0 && (includeStages || stage.id === 'done'))
    .map((stage) => ({
      date: addDays(plan.lastContact, stage.startDay),
      title: `Day ${stage.startDay} of ${total}: ${stage.title}`,
      description: stage.advice,
      id: `no-contact-${plan.lastContact}-${stage.id}`,
    }));
}
