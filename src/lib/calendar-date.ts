/**
 * A local calendar date written `YYYY-MM-DD` (year 1000–9999), such as `2026-12-04`.
 * It names a day on the reader's wall calendar, never an instant: no time, no time zone.
 */
export type IsoDate = string;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The lowest and highest year an {@link IsoDate} may have. */
const YEAR_RANGE = { min: 1000, max: 9999 } as const;

interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** True in the Gregorian calendar's leap years: 2000 and 2024 are, 2100 and 2023 are not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days (28–31) in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parts(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function partsOrThrow(date: IsoDate, name: string): DateParts {
  const found = parts(date);
  if (!found) throw new RangeError(`${name} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return found;
}

function fromParts(year: number, month: number, day: number): IsoDate {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw new RangeError(`The year ${year} is outside the supported range ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Date.UTC has no daylight saving and no time zone, so a day is always exactly 86 400 000 ms.
function utcMs({ year, month, day }: DateParts): number {
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError('The date is outside the supported range');
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * True when `value` is a real calendar date written exactly `YYYY-MM-DD` with a
 * year from 1000 to 9999: `2024-02-29` is, `2023-02-29`, `2026-02-30`, `2026-2-3`
 * and `' 2026-01-01'` are not.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return parts(value) !== undefined;
}

/**
 * The local calendar date of the instant `now`, in the runtime's time zone
 * (what the reader's wall calendar shows).
 * @throws RangeError when `now` is an invalid Date or its local year is outside 1000–9999.
 */
export function todayIso(now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso needs a valid Date');
  return fromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The calendar date `days` days after `date` (before it when negative).
 * @throws RangeError when `date` is not an {@link IsoDate}, `days` is not an
 *   integer, or the result falls outside years 1000–9999.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = partsOrThrow(date, 'addDays date');
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromUtcMs(utcMs(start) + days * MS_PER_DAY);
}

/**
 * The same day `years` calendar years later (earlier when negative). 29 February
 * becomes 28 February in a year that is not a leap year.
 * @throws RangeError when `date` is not an {@link IsoDate}, `years` is not an
 *   integer, or the result falls outside years 1000–9999.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = partsOrThrow(date, 'addYears date');
  if (!Number.isInteger(years)) throw new RangeError(`addYears needs a whole number of years, got ${years}`);
  const target = year + years;
  return fromParts(target, month, Math.min(day, daysInMonth(target, month)));
}

/**
 * Whole calendar days from `from` to `to`: 1 from one day to the next, negative
 * when `to` is earlier. Independent of time zones and daylight saving.
 * @throws RangeError when either argument is not an {@link IsoDate}.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return (utcMs(partsOrThrow(to, 'daysBetween to')) - utcMs(partsOrThrow(from, 'daysBetween from'))) / MS_PER_DAY;
}

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The date in British English: `'Friday 4 December 2026'`, or `'4 December 2026'`
 * with `{ weekday: false }`. The same on every device, whatever its time zone.
 * @throws RangeError when `date` is not an {@link IsoDate}.
 */
export function formatDate(date: IsoDate, options: { weekday?: boolean } = {}): string {
  const formatted = weekdayFormat.formatToParts(utcMs(partsOrThrow(date, 'formatDate date')));
  const part = (type: Intl.DateTimeFormatPartTypes) => formatted.find((p) => p.type === type)?.value ?? '';
  // Assembled from parts: current ICU writes 'Friday, 4 December' for en-GB, and the guide's style has no comma.
  const dayMonthYear = `${part('day')} ${part('month')} ${part('year')}`;
  return options.weekday === false ? dayMonthYear : `${part('weekday')} ${dayMonthYear}`;
}

/**
 * Milliseconds (always > 0) from `now` until the next local midnight in the
 * runtime's time zone: 23 or 25 hours' worth from the start of a day when the
 * clocks change. Where midnight itself is skipped, it is the first instant of
 * the next day.
 * @throws RangeError when `now` is an invalid Date.
 */
export function msUntilNextLocalMidnight(now: Date): number {
  if (Number.isNaN(now.getTime())) throw new RangeError('msUntilNextLocalMidnight needs a valid Date');
  // The local-time constructor resolves daylight-saving gaps and overlaps; adding 24 h would not.
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}
