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

/** An event as read back by {@link parseIcs}, values unescaped. */
export interface ParsedEvent {
  uid: string;
  /** The DTSTART value without parameters, such as `20261204`. */
  dtstart: string;
  /** The DTEND value without parameters, or `''` when the event has none. */
  dtend: string;
  /** `''` when the event has no SUMMARY. */
  summary: string;
  description?: string;
  /** The DTSTAMP value, such as `20261127T101500Z`. */
  dtstamp: string;
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
  return text
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
    .replace(/\r\n|[\r\n\\;,]/g, (match) => (match === ';' || match === ',' || match === '\\' ? `\\${match}` : '\\n'));
}

/** Reverses {@link escapeText}: `\\`, `\;`, `\,` and `\n` or `\N` (a line break, LF). */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
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
    'METHOD:PUBLISH',
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
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

interface ContentLine {
  /** Upper-cased. */
  name: string;
  value: string;
  /** 1-based number of the content line's first physical line, for error messages. */
  lineNumber: number;
}

// The value starts at the first colon that is not inside a quoted parameter value.
function splitContentLine(line: string, lineNumber: number): ContentLine {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      const name = (line.slice(0, i).split(';')[0] ?? '').toUpperCase();
      if (name === '') break;
      return { name, value: line.slice(i + 1), lineNumber };
    }
  }
  throw new Error(`Line ${lineNumber} is not a valid content line (NAME:value): ${JSON.stringify(line.slice(0, 40))}`);
}

function unfold(text: string): ContentLine[] {
  if (text.length > 0 && !text.endsWith(CRLF)) {
    throw new Error('The last line does not end in CRLF; every iCalendar line must');
  }
  const physical = text.split(CRLF);
  physical.pop();
  const logical: { text: string; lineNumber: number }[] = [];
  physical.forEach((line, index) => {
    const lineNumber = index + 1;
    if (/[\r\n]/.test(line)) throw new Error(`Line ${lineNumber} contains a bare CR or LF; every iCalendar line must end in CRLF`);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      const previous = logical.at(-1);
      if (!previous) throw new Error('The file starts with a continuation line');
      previous.text += line.slice(1);
    } else {
      logical.push({ text: line, lineNumber });
    }
  });
  return logical.map(({ text: line, lineNumber }) => splitContentLine(line, lineNumber));
}

/**
 * Reads a calendar file written by {@link buildIcs} (or any simple RFC 5545
 * file): unfolds lines, unescapes TEXT values and collects the VEVENTs. Other
 * components and properties are skipped.
 * @throws Error with a message naming the problem when the file has a line not
 *   ending in CRLF, lacks BEGIN:VCALENDAR, END:VCALENDAR, VERSION or PRODID, has
 *   unbalanced BEGIN/END lines, or has an event without UID, DTSTAMP or DTSTART.
 */
export function parseIcs(text: string): { version: string; prodId: string; events: ParsedEvent[] } {
  const lines = unfold(text);
  const first = lines[0];
  if (!first || first.name !== 'BEGIN' || first.value.toUpperCase() !== 'VCALENDAR') {
    throw new Error('The file does not start with BEGIN:VCALENDAR');
  }
  const last = lines.at(-1);
  if (lines.length < 2 || !last || last.name !== 'END' || last.value.toUpperCase() !== 'VCALENDAR') {
    throw new Error('The file does not end with END:VCALENDAR');
  }

  let version: string | undefined;
  let prodId: string | undefined;
  const events: ParsedEvent[] = [];
  const open: string[] = [];
  let event: Map<string, string> | undefined;

  for (const line of lines) {
    const component = line.value.toUpperCase();
    if (line.name === 'BEGIN') {
      if (component === 'VCALENDAR' && open.length > 0) throw new Error(`Line ${line.lineNumber}: VCALENDAR cannot be nested`);
      if (component === 'VEVENT') {
        if (open.at(-1) !== 'VCALENDAR') throw new Error(`Line ${line.lineNumber}: VEVENT must sit directly inside VCALENDAR`);
        event = new Map();
      }
      open.push(component);
    } else if (line.name === 'END') {
      const expected = open.pop();
      if (expected !== component) {
        throw new Error(
          `Line ${line.lineNumber}: END:${line.value} does not match ${expected ? `BEGIN:${expected}` : 'any open BEGIN'}`,
        );
      }
      if (component === 'VEVENT' && event) {
        events.push(toParsedEvent(event, line.lineNumber));
        event = undefined;
      }
    } else if (open.length === 0) {
      throw new Error(`Line ${line.lineNumber}: ${line.name} is outside VCALENDAR`);
    } else if (open.at(-1) === 'VEVENT' && event) {
      // The first occurrence wins; these properties may appear only once per event.
      if (!event.has(line.name)) event.set(line.name, line.value);
    } else if (open.length === 1) {
      if (line.name === 'VERSION') version = line.value;
      if (line.name === 'PRODID') prodId = unescapeText(line.value);
    }
  }
  if (open.length > 0) throw new Error(`BEGIN:${open.at(-1)} is never closed`);
  if (version === undefined) throw new Error('The calendar has no VERSION');
  if (prodId === undefined) throw new Error('The calendar has no PRODID');
  return { version, prodId, events };
}

function toParsedEvent(properties: Map<string, string>, endLine: number): ParsedEvent {
  const required = (name: string): string => {
    const value = properties.get(name);
    if (value === undefined) throw new Error(`The event ending on line ${endLine} has no ${name}`);
    return value;
  };
  const parsed: ParsedEvent = {
    uid: unescapeText(required('UID')),
    dtstamp: required('DTSTAMP'),
    dtstart: required('DTSTART'),
    dtend: properties.get('DTEND') ?? '',
    summary: unescapeText(properties.get('SUMMARY') ?? ''),
  };
  const description = properties.get('DESCRIPTION');
  if (description !== undefined) parsed.description = unescapeText(description);
  return parsed;
}
