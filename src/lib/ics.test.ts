import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { buildIcs, DEFAULT_PRODID, escapeText, foldLine, formatDateTimeUtc, type IcsEvent, parseIcs, unescapeText } from './ics';
import { logSlip, milestoneEvents } from './no-contact';

const RUNS = 1000;
const DTSTAMP = new Date(Date.UTC(2026, 10, 27, 10, 15, 0));
const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What escapeText promises to keep: line breaks become LF, control characters other than tab go. */
const normalised = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '');

/** Text of every kind: ASCII with the characters TEXT escapes, accented letters, emoji sequences, any code point. */
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\\', '\n', '\r', ':', '"', 'n', 'N'), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function expectWellFormed(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(ics)) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(LONE_SURROGATE);
  }
}

describe('buildIcs', () => {
  const event: IcsEvent = {
    uid: 'no-contact-2026-10-20-done@example.org',
    date: '2026-12-04',
    summary: 'Day 45 of 45: Your period is complete',
    description: 'Take the self-check, then decide.',
  };

  it('writes an RFC 5545 calendar with all-day, free-time events', () => {
    expect(buildIcs([event], { dtstamp: DTSTAMP, calendarName: 'No contact' })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${DEFAULT_PRODID}`,
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:No contact',
        'BEGIN:VEVENT',
        'UID:no-contact-2026-10-20-done@example.org',
        'DTSTAMP:20261127T101500Z',
        'DTSTART;VALUE=DATE:20261204',
        'DTEND;VALUE=DATE:20261205',
        'SUMMARY:Day 45 of 45: Your period is complete',
        'DESCRIPTION:Take the self-check\\, then decide.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out the calendar name and description when not given, and uses the PRODID given', () => {
    const ics = buildIcs([{ uid: 'a', date: '2026-12-04', summary: 'S' }], { dtstamp: DTSTAMP, prodId: '-//Test//EN' });
    expect(ics).not.toContain('X-WR-CALNAME');
    expect(ics).not.toContain('DESCRIPTION');
    expect(ics).toContain('\r\nPRODID:-//Test//EN\r\n');
  });

  it('writes an empty calendar for no events', () => {
    expect(parseIcs(buildIcs([], { dtstamp: DTSTAMP })).events).toEqual([]);
  });

  it.each([
    ['2026-12-04', '20261204', '20261205'],
    ['2024-02-28', '20240228', '20240229'],
    ['2024-02-29', '20240229', '20240301'],
    ['2026-12-31', '20261231', '20270101'],
  ])('an event on %s runs from %s to %s (exclusive)', (date, start, end) => {
    const ics = buildIcs([{ uid: 'x', date, summary: 'S' }], { dtstamp: DTSTAMP });
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
  });

  it('writes DTSTAMP in UTC', () => {
    expect(formatDateTimeUtc(DTSTAMP)).toBe('20261127T101500Z');
    expect(formatDateTimeUtc(new Date('2026-01-02T03:04:05.678+14:00'))).toBe('20260101T130405Z');
  });

  it.each([
    ['an empty UID', [{ uid: '', date: '2026-12-04', summary: 'S' }], DTSTAMP],
    ['an impossible date', [{ uid: 'x', date: '2026-02-30', summary: 'S' }], DTSTAMP],
    ['an invalid DTSTAMP', [], new Date(Number.NaN)],
  ])('throws RangeError for %s', (_case, events, dtstamp) => {
    expect(() => buildIcs(events, { dtstamp })).toThrow(RangeError);
  });

  it('round-trips the tracker milestones, with no slip notes', () => {
    const plan = logSlip({ lastContact: '2026-10-01', lengthDays: 45, slips: [] }, '2026-10-20', 'Called them, sorry');
    const milestones = milestoneEvents(plan, true);
    const ics = buildIcs(
      milestones.map((m) => ({ uid: `${m.id}@example.org`, date: m.date, summary: m.title, description: m.description })),
      { dtstamp: DTSTAMP, calendarName: 'No contact' },
    );
    expectWellFormed(ics);
    expect(ics).not.toContain('Called them');
    const parsed = parseIcs(ics);
    expect(parsed.version).toBe('2.0');
    expect(parsed.prodId).toBe(DEFAULT_PRODID);
    expect(parsed.events).toEqual(
      milestones.map((m) => ({
        uid: `${m.id}@example.org`,
        dtstamp: '20261127T101500Z',
        dtstart: m.date.replaceAll('-', ''),
        dtend: addDays(m.date, 1).replaceAll('-', ''),
        summary: m.title,
        description: m.description,
      })),
    );
  });

  it('round-trips any text, folded to 75 octets with CRLF only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ uid: anyText.filter((u) => u !== ''), summary: anyText, description: fc.option(anyText, { nil: undefined }) }), {
          maxLength: 4,
        }),
        fc.option(anyText, { nil: undefined }),
        (inputs, calendarName) => {
          const events = inputs.map(({ description, ...rest }) => ({
            ...rest,
            date: '2026-12-04',
            ...(description === undefined ? {} : { description }),
          }));
          const ics = buildIcs(events, calendarName === undefined ? { dtstamp: DTSTAMP } : { dtstamp: DTSTAMP, calendarName });
          expectWellFormed(ics);
          const parsed = parseIcs(ics);
          expect(parsed.events.map((e) => e.summary)).toEqual(events.map((e) => normalised(e.summary)));
          expect(parsed.events.map((e) => e.uid)).toEqual(events.map((e) => normalised(e.uid)));
          expect(parsed.events.map((e) => e.description)).toEqual(
            events.map((e) => (e.description === undefined ? undefined : normalised(e.description))),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('foldLine', () => {
  it.each([
    ['', ['']],
    ['SUMMARY:short', ['SUMMARY:short']],
    ['x'.repeat(75), ['x'.repeat(75)]],
    ['x'.repeat(76), ['x'.repeat(75), ' x']],
    ['x'.repeat(75 + 74 + 1), ['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x']],
    // Two-octet é: 37 fit in 74 octets, a 38th would make 76.
    ['é'.repeat(40), ['é'.repeat(37), ` ${'é'.repeat(3)}`]],
    // Four-octet emoji: 18 fit in 72 octets; a continuation line holds 18 after its space (73 octets).
    ['😀'.repeat(40), ['😀'.repeat(18), ` ${'😀'.repeat(18)}`, ` ${'😀'.repeat(4)}`]],
    [`${'x'.repeat(73)}€`, [`${'x'.repeat(73)}`, ' €']],
  ])('folds %j', (line, expected) => {
    expect(foldLine(line)).toBe(expected.join('\r\n'));
  });

  it.each(['a\nb', 'a\rb', 'a\r\nb'])('throws RangeError for a line with a line break: %j', (line) => {
    expect(() => foldLine(line)).toThrow(RangeError);
  });

  it('keeps every physical line within 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(anyText.map((s) => s.replace(/[\r\n]/g, '')), (line) => {
        const folded = foldLine(line);
        const lines = folded.split('\r\n');
        for (const [i, physical] of lines.entries()) {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          if (i > 0) expect(physical.startsWith(' ')).toBe(true);
          expect(physical).not.toMatch(LONE_SURROGATE);
        }
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
        // A fold happens only when the next character would not fit.
        for (const [i, physical] of lines.slice(0, -1).entries()) {
          const next = [...(lines[i + 1] ?? '').slice(1)][0] ?? '';
          expect(octets(physical) + octets(next)).toBeGreaterThan(75);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('escapeText and unescapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b;c', 'a\\,b\\;c'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line\\nbreak'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['old mac\rbreak', 'old mac\\nbreak'],
    ['tab\tkept', 'tab\tkept'],
    ['bell\u0007gone', 'bellgone'],
    ['\\n is not a break', '\\\\n is not a break'],
    ['Zoë, 😀; ok', 'Zoë\\, 😀\\; ok'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    expect(unescapeText(escaped)).toBe(normalised(text));
  });

  it('reads \\N as a line break', () => {
    expect(unescapeText('a\\Nb')).toBe('a\nb');
  });

  it('round-trips any text, and escaped text has no line breaks or bare specials', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        // Every ; and , is preceded by an odd run of backslashes.
        expect(escaped).not.toMatch(/(?<!\\)(?:\\\\)*[;,]/);
        expect(unescapeText(escaped)).toBe(normalised(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseIcs', () => {
  const good = buildIcs([{ uid: 'u1', date: '2026-12-04', summary: 'S' }], { dtstamp: DTSTAMP });
  const lines = (...rows: string[]) => rows.map((row) => `${row}\r\n`).join('');
  const event = (...rows: string[]) =>
    lines('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//T//EN', 'BEGIN:VEVENT', ...rows, 'END:VEVENT', 'END:VCALENDAR');

  it('unfolds continuation lines that start with a space or a tab', () => {
    const parsed = parseIcs(event('UID:u', 'DTSTAMP:20261127T101500Z', 'DTSTART;VALUE=DATE:2026', ' 1204', 'SUMMARY:Hel', '\tlo\\, you'));
    expect(parsed.events[0]).toMatchObject({ dtstart: '20261204', summary: 'Hello, you', dtend: '' });
  });

  it('skips parameters, even with a quoted colon', () => {
    const parsed = parseIcs(event('UID:u', 'DTSTAMP:20261127T101500Z', 'DTSTART;TZID="Europe/A:B":20261204T100000'));
    expect(parsed.events[0]?.dtstart).toBe('20261204T100000');
  });

  it('skips other components and properties', () => {
    const parsed = parseIcs(
      event('UID:u', 'DTSTAMP:20261127T101500Z', 'DTSTART:20261204', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'END:VALARM', 'X-FOO:bar'),
    );
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0] && 'description' in parsed.events[0]).toBe(false);
  });

  it.each([
    ['an empty file', '', /BEGIN:VCALENDAR/],
    ['no BEGIN:VCALENDAR', good.replace('BEGIN:VCALENDAR\r\n', ''), /does not start with BEGIN:VCALENDAR/],
    ['no END:VCALENDAR', good.replace('END:VCALENDAR\r\n', ''), /does not end with END:VCALENDAR/],
    ['a VEVENT never closed', good.replace('END:VEVENT\r\n', ''), /END:VCALENDAR does not match BEGIN:VEVENT/],
    ['an END:VEVENT without BEGIN', good.replace('BEGIN:VEVENT\r\n', ''), /END:VEVENT does not match BEGIN:VCALENDAR/],
    ['a VEVENT inside a VEVENT', good.replace('BEGIN:VEVENT\r\n', 'BEGIN:VEVENT\r\nBEGIN:VEVENT\r\n'), /VEVENT must sit directly inside VCALENDAR/],
    ['a bare LF', good.replace('VERSION:2.0\r\n', 'VERSION:2.0\n'), /bare CR or LF/],
    ['a bare CR', good.replace('VERSION:2.0\r\n', 'VERSION:2.0\r'), /bare CR or LF/],
    ['LF line endings throughout', good.replaceAll('\r\n', '\n'), /CRLF/],
    ['no CRLF after the last line', good.slice(0, -2), /last line does not end in CRLF/],
    ['a line without a colon', good.replace('METHOD:PUBLISH', 'METHOD PUBLISH'), /Line 5 is not a valid content line/],
    ['a leading continuation line', ` ${good}`, /starts with a continuation line/],
    ['no VERSION', good.replace('VERSION:2.0\r\n', ''), /no VERSION/],
    ['no PRODID', good.replace(/PRODID:[^\r]*\r\n/, ''), /no PRODID/],
    ['an event without UID', good.replace('UID:u1\r\n', ''), /has no UID/],
    ['an event without DTSTAMP', good.replace(/DTSTAMP:[^\r]*\r\n/, ''), /has no DTSTAMP/],
    ['an event without DTSTART', good.replace(/DTSTART[^\r]*\r\n/, ''), /has no DTSTART/],
    ['a property outside VCALENDAR', `${good}X-AFTER:1\r\n`, /does not end with END:VCALENDAR/],
  ])('throws a clear Error for %s', (_case, text, message) => {
    expect(() => parseIcs(text)).toThrow(message);
  });
});
