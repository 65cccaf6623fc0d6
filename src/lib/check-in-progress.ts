import { addDays, daysBetween, isIsoDate, type IsoDate } from './calendar-date';
import { MAX_CHECK_INS, planStart, type CheckIn, type ContactKind } from './check-ins';
import type { LoggedContact, Plan } from './no-contact-plan';

/*
 * Progress that survives a slip. Every rule here works on calendar dates
 * ('YYYY-MM-DD') and whole-day differences between them, never on instants,
 * so clock changes and month ends cannot move a count.
 *
 * What counts as contact: a day is "with contact" when the plan records it as
 * a day of last contact (its first day 0, its current day 0, or a slip's day)
 * or a check-in for it says the reader reached out. "They reached out" and
 * "logistics only" are recorded but never break a run. Every other known day
 * counts as without contact, whether or not it has a check-in.
 *
 * What is known: with a plan, the days from its first day 0 (the last contact
 * before any slip) to today; earlier days are unknown and never counted.
 * Without a plan, the days from the first check-in to today.
 */

/** The known days and the days with contact among them, as day numbers from the first known day. */
interface Known {
  /** The first known day, or undefined when nothing is known (no plan, no check-ins). */
  start: IsoDate | undefined;
  /** Days from `start` to today; negative when today is before `start`. */
  last: number;
  /** Day numbers (0 = `start`) with contact, from 0 to `last`, ascending, each once. */
  contact: number[];
}

function record(plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate): Known {
  const dates = checkIns.map((c) => c.date);
  const start = plan ? planStart(plan) : dates.reduce<IsoDate | undefined>((a, d) => (a === undefined || d < a ? d : a), undefined);
  if (start === undefined) return { start, last: daysBetween(today, today), contact: [] };
  const last = daysBetween(start, today);
  const days = new Set<number>();
  const add = (date: IsoDate) => {
    const n = daysBetween(start, date);
    if (n >= 0 && n <= last) days.add(n);
  };
  if (plan) {
    add(plan.lastContact);
    for (const slip of plan.slips) {
      add(slip.previousLastContact);
      add(slip.date);
    }
  }
  for (const c of checkIns) if (c.contact === 'reached-out') add(c.date);
  return { start, last, contact: [...days].sort((a, b) => a - b) };
}

/** The length of every run of days without contact up to today, in order (a run ending today last). */
function runs({ start, last, contact }: Known): number[] {
  if (start === undefined || last < 0) return [];
  const lengths: number[] = [];
  let from = 0;
  for (const day of contact) {
    lengths.push(day - from);
    from = day + 1;
  }
  lengths.push(last - from + 1);
  return lengths;
}

/**
 * Days without contact in a row up to and including `today` (0 when today had
 * contact). With a plan and no check-ins saying the reader reached out, it is
 * the tracker's day count.
 * @throws RangeError when `today`, a date of `plan` or of `checkIns` is not an {@link IsoDate}.
 */
export function currentRun(plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate): number {
  return runs(record(plan, checkIns, today)).at(-1) ?? 0;
}

/**
 * The most days without contact in a row from the first known day to `today`,
 * the current run included. A later slip never lowers it, and it never exceeds
 * the days known.
 * @throws RangeError as {@link currentRun} does.
 */
export function longestRun(plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate): number {
  return Math.max(0, ...runs(record(plan, checkIns, today)));
}

/**
 * How many of the `days` days ending with `today` (today included) were known
 * and without contact. Days before the first known day are left out, so a plan
 * that started 10 days ago gives at most 10 of the last 30.
 * @throws RangeError when `days` is not a whole number from 1, or as {@link currentRun} does.
 */
export function daysWithoutContactInLast(days: number, plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate): number {
  return window(days, record(plan, checkIns, today)).without;
}

function window(days: number, { start, last, contact }: Known): { known: number; without: number } {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A window is a whole number of days from 1, got ${days}`);
  if (start === undefined || last < 0) return { known: 0, without: 0 };
  const first = Math.max(0, last - days + 1);
  const known = last - first + 1;
  return { known, without: known - contact.filter((d) => d >= first).length };
}

/** The window of {@link daysWithoutContactInLast} that the progress card shows. */
export const RECENT_DAYS = 30;

/** The progress card's figures, from one reading of the plan and the check-ins. */
export interface CheckInProgress {
  /** {@link currentRun}. */
  current: number;
  /** {@link longestRun}. */
  longest: number;
  /** {@link daysWithoutContactInLast} the last {@link RECENT_DAYS}. */
  withoutContact: number;
  /** How many of those {@link RECENT_DAYS} days are known (fewer in a plan's first month): "12 of 12 days". */
  knownDays: number;
}

/**
 * Every figure of the progress card on `today`.
 * @throws RangeError as {@link currentRun} does.
 */
export function checkInProgress(plan: Plan | undefined, checkIns: readonly CheckIn[], today: IsoDate): CheckInProgress {
  const known = record(plan, checkIns, today);
  const lengths = runs(known);
  const recent = window(RECENT_DAYS, known);
  return {
    current: lengths.at(-1) ?? 0,
    longest: Math.max(0, ...lengths),
    withoutContact: recent.without,
    knownDays: recent.known,
  };
}

/** One day of the chart. Days without a check-in are gaps: their answers are null. */
export interface ChartPoint {
  date: IsoDate;
  /** The check-in's mood (1–5), or null when the day has no check-in. */
  mood: number | null;
  /** The check-in's pull (0–10), or null when the day has no check-in. */
  pull: number | null;
  /** The check-in's answer to "any contact today?", or null when the day has no check-in. */
  contact: ContactKind | null;
  /** True when the plan records a slip on this day. */
  slip: boolean;
  /** Contact logged on the tracker that day that did not restart the count ("They contacted me", "Logistics only"), or null. */
  logged: LoggedContact['kind'] | null;
  /** True when the day counts as with contact for the runs: a slip, the plan's day of last contact, or "I reached out". */
  withContact: boolean;
}

/** The longest series {@link chartSeries} gives, in days. */
export const MAX_SERIES_DAYS = 1000;

/**
 * One point per day from `from` to `to` (both included), oldest first.
 * @throws RangeError when `from` or `to` is not an {@link IsoDate}, `to` is
 *   before `from`, or the range is longer than {@link MAX_SERIES_DAYS}.
 */
export function chartSeries(checkIns: readonly CheckIn[], plan: Plan | undefined, from: IsoDate, to: IsoDate): ChartPoint[] {
  const length = daysBetween(from, to) + 1;
  if (length < 1 || length > MAX_SERIES_DAYS) {
    throw new RangeError(`A chart covers 1 to ${MAX_SERIES_DAYS} days, got ${from} to ${to}`);
  }
  const byDate = new Map(checkIns.map((c) => [c.date, c]));
  const slips = new Set(plan?.slips.map((s) => s.date));
  const logged = new Map(plan?.contacts?.map((c) => [c.date, c.kind]));
  const known = record(plan, checkIns, to);
  const contact = new Set(known.contact);
  const offset = known.start === undefined ? 0 : daysBetween(known.start, from);
  return Array.from({ length }, (_, i) => {
    const date = addDays(from, i);
    const checkIn = byDate.get(date);
    return {
      date,
      mood: checkIn?.mood ?? null,
      pull: checkIn?.pull ?? null,
      contact: checkIn?.contact ?? null,
      slip: slips.has(date),
      logged: logged.get(date) ?? null,
      withContact: known.start !== undefined && contact.has(offset + i),
    };
  });
}

/** The chart's two views: the last seven days, or the whole plan. */
export type ChartSpan = 'week' | 'plan';

/**
 * The dates {@link chartSeries} covers for `span` on `today`: the week is the
 * seven days ending today; the plan runs from its first day 0 (without a plan,
 * the first check-in; without either, today) to today, at most the last
 * {@link MAX_CHECK_INS} days (what is kept).
 * @throws RangeError when `today` or a date of `plan` or `checkIns` is not an {@link IsoDate}.
 */
export function chartRange(
  span: ChartSpan,
  plan: Plan | undefined,
  checkIns: readonly CheckIn[],
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  if (!isIsoDate(today)) throw new RangeError(`chartRange needs today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  if (span === 'week') return { from: addDays(today, -6), to: today };
  const start = record(plan, checkIns, today).start ?? today;
  const oldest = addDays(today, -(MAX_CHECK_INS - 1));
  const from = daysBetween(start, today) < 0 ? today : daysBetween(oldest, start) > 0 ? start : oldest;
  return { from, to: today };
}
