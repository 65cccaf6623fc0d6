import { addDays, daysBetween, formatDate, type IsoDate } from './calendar-date';
import { chartSeries, type ChartPoint } from './check-in-progress';
import { planStart, type CheckIn, type ContactKind } from './check-ins';
import type { Plan } from './no-contact-plan';

/*
 * What the Today page draws, worked out as plain data: the progress ring's
 * geometry, the calendar strip's cells and the words each cell is read out
 * with. Pure, so the island only renders.
 */

/** The progress ring's drawing: a circle of `radius` whose stroke covers `fraction` of its length. */
export interface Ring {
  /** The circle's radius, inside the stroke. */
  radius: number;
  /** The circle's length: 2πr. */
  circumference: number;
  /** `stroke-dasharray` for the filled arc: the arc's length, then a gap long enough to hide the rest. */
  dashArray: string;
  /** The filled arc's length, from 0 to `circumference`. */
  filled: number;
}

/**
 * The ring for `fraction` (clamped to 0–1; NaN counts as 0) on a square of
 * `size` with a stroke `stroke` wide: the circle sits inside the square, its
 * stroke included.
 * @throws RangeError when `size` is not positive or `stroke` is not between 0 and half of `size`.
 */
export function ringGeometry(fraction: number, size: number, stroke: number): Ring {
  if (!(size > 0) || !(stroke > 0) || stroke >= size / 2) {
    throw new RangeError(`A ring needs a positive size and a stroke under half of it, got ${size} and ${stroke}`);
  }
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const share = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  const filled = round(circumference * share);
  return { radius, circumference: round(circumference), dashArray: `${filled} ${round(circumference)}`, filled };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Where a day of the strip stands against today. */
export type CellWhen = 'past' | 'today' | 'future';

/** One day of the calendar strip. */
export interface StripCell {
  date: IsoDate;
  /** The day of the month, shown in the cell. */
  dayOfMonth: number;
  when: CellWhen;
  /** The plan's first day 0: the last contact before any slip. */
  start: boolean;
  /** The plan records a slip on this day: contact that restarted the count. */
  slip: boolean;
  /** The check-in's answer to "any contact today?", or null without a check-in. */
  contact: ContactKind | null;
  /** True when the day has a check-in. */
  checkedIn: boolean;
  /** Contact logged on the tracker that day that did not restart the count, or null. */
  logged: ChartPoint['logged'];
  /** What a screen reader says for the cell: the date and everything marked on it, in words. */
  label: string;
}

/** The most cells the strip shows; older days drop off its start. */
export const MAX_STRIP_DAYS = 400;

const CONTACT_WORDS: Readonly<Record<ContactKind, string>> = {
  none: 'no contact',
  'reached-out': 'you reached out',
  'they-reached-out': 'they reached out',
  logistics: 'logistics only',
};

/** How the check-in form and the table name each answer to "any contact today?". */
export const CONTACT_LABELS: Readonly<Record<ContactKind, string>> = {
  none: 'None',
  'reached-out': 'I reached out',
  'they-reached-out': 'They reached out',
  logistics: 'Logistics only',
};

/**
 * The calendar strip of `plan` on `today`: one cell for each day from the
 * plan's first day 0 (before any slip) to its end date (the current last
 * contact plus its length), or to today when that is later; at most
 * {@link MAX_STRIP_DAYS}, the latest kept. Slips, check-ins and their contact
 * are marked on past days and today.
 * @throws RangeError when `today` or a date of `plan` is not an {@link IsoDate}.
 */
export function stripCells(plan: Plan, checkIns: readonly CheckIn[], today: IsoDate): StripCell[] {
  const end = addDays(plan.lastContact, plan.lengthDays);
  let from = planStart(plan);
  let to = daysBetween(end, today) > 0 ? today : end;
  if (daysBetween(today, from) > 0) from = today;
  if (daysBetween(from, to) < 0) to = from;
  if (daysBetween(from, to) + 1 > MAX_STRIP_DAYS) from = addDays(to, -(MAX_STRIP_DAYS - 1));
  const lastKnown = daysBetween(today, to) > 0 ? today : to;
  const known = new Map<IsoDate, ChartPoint>(
    daysBetween(from, lastKnown) >= 0 ? chartSeries(checkIns, plan, from, lastKnown).map((p) => [p.date, p]) : [],
  );
  const start = planStart(plan);
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => {
    const date = addDays(from, i);
    const offset = daysBetween(today, date);
    const when: CellWhen = offset < 0 ? 'past' : offset === 0 ? 'today' : 'future';
    const point = known.get(date);
    const contact = point?.contact ?? null;
    const cell = {
      date,
      dayOfMonth: Number(date.slice(8, 10)),
      when,
      start: date === start,
      slip: point?.slip ?? false,
      contact,
      checkedIn: contact !== null,
      logged: point?.logged ?? null,
    };
    return { ...cell, label: cellLabel(cell) };
  });
}

/**
 * The words for a cell: "Today, Friday 27 November 2026: checked in, no contact".
 * Contact logged on the tracker is named unless the check-in already says the same.
 */
export function cellLabel(cell: Omit<StripCell, 'label' | 'dayOfMonth' | 'logged'> & Partial<Pick<StripCell, 'logged'>>): string {
  const date = formatDate(cell.date);
  const marks: string[] = [];
  if (cell.start) marks.push('your last contact, day 0');
  if (cell.slip) marks.push('contact, the count restarted');
  if (cell.contact) marks.push(`checked in, ${CONTACT_WORDS[cell.contact]}`);
  else if (cell.when !== 'future') marks.push('no check-in');
  if (cell.logged && cell.logged !== cell.contact) marks.push(`logged on the tracker: ${CONTACT_WORDS[cell.logged]}`);
  const head = cell.when === 'today' ? `Today, ${date}` : date;
  return marks.length ? `${head}: ${marks.join('; ')}` : head;
}

/** How a cell is drawn: × the reader's contact (a slip, "I reached out", day 0), ◆ contact from them or logistics, ● checked in, ○ no check-in yet, '' a day to come. */
export type CellMark = '×' | '◆' | '●' | '○' | '';

/** The mark of `cell`, the strongest first. */
export function cellMark(cell: StripCell): CellMark {
  if (cell.slip || cell.start || cell.contact === 'reached-out') return '×';
  if (cell.contact === 'they-reached-out' || cell.contact === 'logistics' || cell.logged) return '◆';
  if (cell.checkedIn) return '●';
  return cell.when === 'future' ? '' : '○';
}

/** "1 day", "12 days". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
