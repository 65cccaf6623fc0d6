import { addDays, isIsoDate, type IsoDate } from './calendar-date';

/** An all-day calendar event. */
export interface IcsEvent {
  /** Globally unique and stable: the same event exported twice keeps its UID. Must not be empty. */
  uid: string;
  /** The day of the event. */
  date: IsoDate;
  /** The event's title. */
  summary: string;
  /** Longer text shown with the event; line breaks are kept. */
  description?: string;
  /** Repeats the event every day, this many times in all (RRULE:FREQ=DAILY;COUNT=n); a whole number from 1. */
  dailyCount?: number;
  /** A reminder (VALARM, DISPLAY) this many minutes after the start of the day: 1200 is 8 pm. */
  alarmMinutes?: number;
}

/** Options for {@link buildIcs}. */
export interface IcsOptions {
  /** When the file was made; written to every event's DTSTAMP in UTC. */
  dtstamp: Date;
  /** Names the program that made the file (PRODID). */
  prodId?: string;
  /** A display name for the calendar (X-WR-CALNAME), which many apps show on import. */
  calendarName?: string;
}

/** The PRODID written when {@link IcsOptions.prodId} is not given. */
export const DEFAULT_PRODID = '-//After the Breakup//No-contact tracker//EN';

const CRLF = '\r\n';
/** RFC 5545 3.1: content lines should not be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // Lone surrogates are encoded as U+FFFD, which is three bytes too.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 3.1) so that no physical line exceeds 75
 * octets of UTF-8, never inside a character; continuation lines start with one
 * space and lines are joined with CRLF (no CRLF at the end).
 * @throws RangeError when `line` contains a CR or LF.
 */
export function foldLine(line: string): string {
  if (/[\r\n]/.test(line)) throw new RangeError('A content line cannot contain a line break; escape it first');
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a
 * backslash, and each line break (CRLF, CR or LF) becomes `\n`. Other control
 * characters, which TEXT does not allow, are removed; tabs are kept.
 */
export function escapeText(text: string): string {
  return (
    text
      // RFC 5545 forbids control characters other than tab in TEXT values: they go.
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
      .replace(/\r\n|[\r\n\\;,]/g, (match) => (match === ';' || match === ',' || match === '\\' ? `\\${match}` : '\\n'))
  );
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A UTC date-time in iCalendar form, such as `20261127T101500Z`.
 * @throws RangeError when `date` is an invalid Date.
 */
export function formatDateTimeUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('The DTSTAMP must be a valid Date');
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function dateValue(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/**
 * Writes an RFC 5545 calendar file (text/calendar) of all-day events. Each
 * event starts on its date and ends, exclusively, the next day; it is marked
 * as free time. Every line ends in CRLF, the last one too, and is folded to at
 * most 75 octets.
 * @throws RangeError when `dtstamp` is invalid, or an event has an empty UID or
 *   a date that is not an {@link IsoDate}.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const dtstamp = formatDateTimeUtc(options.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PRODID)}`,
    'CALSCALE:GREGORIAN',
    // No METHOD: a file to import is not an iTIP message (RFC 5546 would then require an ORGANIZER).
  ];
  if (options.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const event of events) {
    if (event.uid === '') throw new RangeError('Every calendar event needs a UID');
    if (!isIsoDate(event.date)) throw new RangeError(`The event ${event.uid} has no valid date: ${JSON.stringify(event.date)}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.dailyCount !== undefined) {
      if (!Number.isInteger(event.dailyCount) || event.dailyCount < 1)
        throw new RangeError(`The event ${event.uid} repeats a whole number of times from 1`);
      lines.push(`RRULE:FREQ=DAILY;COUNT=${event.dailyCount}`);
    }
    lines.push('TRANSP:TRANSPARENT');
    if (event.alarmMinutes !== undefined) {
      const minutes = event.alarmMinutes;
      if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60)
        throw new RangeError(`The alarm of ${event.uid} must fall within its day`);
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;RELATED=START:PT${Math.floor(minutes / 60)}H${minutes % 60}M`,
        `DESCRIPTION:${escapeText(event.summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
