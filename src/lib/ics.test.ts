import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { buildIcs, DEFAULT_PRODID, escapeText, foldLine, formatDateTimeUtc, type IcsEvent } from './ics';
import { milestoneEvents } from './no-contact-calendar';
import { logSlip } from './no-contact-slips';

const RUNS = 1000;
const DTSTAMP = new Date(Date.UTC(2026, 10, 27, 10, 15, 0));
const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What escapeText promises to keep: line breaks become LF, control characters other than tab go. */
// eslint-disable-next-line no-control-regex -- the control characters are the point
const normalised = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '');

/** ical.js's reader of RFC 5545 TEXT values, for values it does not know to be TEXT (X-WR-CALNAME). */
const readText: (value: string) => string = ICAL.design.icalendar.value.text.fromICAL;

/** Text of every kind: ASCII with the characters TEXT escapes, accented letters, emoji sequences, any code point. */
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\\', '\n', '\r', ':', '"', 'n', 'N'), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Any {@link IsoDate} from 1900 to about 2173. */
const anyDate = fc.integer({ min: 0, max: 100_000 }).map((days) => addDays('1900-01-01', days));

function expectWellFormed(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(ics)) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(LONE_SURROGATE);
  }
}

/** An event as ical.js reads it, in plain values. */
interface ReadEvent {
  uid: string;
  summary: string;
  description: string | null;
  /** DTSTART as `YYYY-MM-DD`; {@link readCalendar} checks it is a DATE value. */
  start: string;
  /** DTEND as `YYYY-MM-DD`; {@link readCalendar} checks it is a DATE value. */
  end: string;
  /** DTSTAMP in milliseconds since the epoch; {@link readCalendar} checks it is in UTC. */
  dtstamp: number;
  transp: unknown;
}

/**
 * Reads a calendar file with ical.js, checking what every file from buildIcs
 * must have: one VCALENDAR with VERSION 2.0 and a PRODID, holding only VEVENTs,
 * each with a UID, a UTC DTSTAMP and all-day (DATE) DTSTART and DTEND.
 */
function readCalendar(ics: string) {
  const jcal: unknown = ICAL.parse(ics);
  // ICAL.parse returns an array of components when the text holds more than one.
  expect(Array.isArray(jcal) && jcal[0]).toBe('vcalendar');
  const calendar = new ICAL.Component(jcal as unknown[]);
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const prodId = calendar.getFirstPropertyValue('prodid');
  expect(typeof prodId).toBe('string');
  expect(calendar.getAllSubcomponents().filter((c) => c.name !== 'vevent')).toEqual([]);
  const nameProperty = calendar.getFirstProperty('x-wr-calname');
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const event = new ICAL.Event(vevent);
    expect(vevent.hasProperty('uid')).toBe(true);
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    const dtstamp = vevent.getFirstPropertyValue('dtstamp');
    if (!(dtstamp instanceof ICAL.Time)) throw new Error(`DTSTAMP is not a date-time: ${String(dtstamp)}`);
    expect(dtstamp.isDate).toBe(false);
    expect(dtstamp.zone).toBe(ICAL.Timezone.utcTimezone);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      dtstamp: dtstamp.toJSDate().getTime(),
      transp: vevent.getFirstPropertyValue('transp'),
    };
  });
  return {
    prodId,
    calendarName: nameProperty ? readText(String(nameProperty.getFirstValue())) : undefined,
    events,
  };
}

describe('buildIcs', () => {
  const event: IcsEvent = {
    uid: 'no-contact-2026-10-20-done@example.org',
    date: '2026-12-04',
    summary: 'Day 45 of 45: Your period is complete',
    description: 'Take the self-check, then decide.',
  };

  it('repeats an event daily and adds an alert, when asked', () => {
    const lines = buildIcs([{ ...event, dailyCount: 5, alarmMinutes: 1200 }], { dtstamp: DTSTAMP }).split('\r\n');
    expect(lines).toContain('RRULE:FREQ=DAILY;COUNT=5');
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=START:PT20H0M',
      `DESCRIPTION:${event.summary}`,
      'END:VALARM',
    ]);
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it.each([
    ['a repeat of 0', { dailyCount: 0 }],
    ['a repeat of 1.5', { dailyCount: 1.5 }],
    ['an alarm after the day', { alarmMinutes: 1440 }],
    ['an alarm before the day', { alarmMinutes: -1 }],
  ])('refuses %s', (_case, extra) => {
    expect(() => buildIcs([{ ...event, ...extra }], { dtstamp: DTSTAMP })).toThrow(RangeError);
  });

  it('has no METHOD, which RFC 5546 allows only with an ORGANIZER (defect 8)', () => {
    const ics = buildIcs([event], { dtstamp: DTSTAMP });
    expect(ics).not.toMatch(/^METHOD:/m);
    expect(ics).not.toMatch(/^ORGANIZER/m);
  });

  it('writes an RFC 5545 calendar with all-day, free-time events', () => {
    expect(buildIcs([event], { dtstamp: DTSTAMP, calendarName: 'No contact' })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${DEFAULT_PRODID}`,
        'CALSCALE:GREGORIAN',
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

  it('is read by ical.js as one calendar with the event as given', () => {
    const calendar = readCalendar(buildIcs([event], { dtstamp: DTSTAMP, calendarName: 'No contact' }));
    expect(calendar).toEqual({
      prodId: DEFAULT_PRODID,
      calendarName: 'No contact',
      events: [
        {
          uid: event.uid,
          summary: event.summary,
          description: event.description,
          start: '2026-12-04',
          end: '2026-12-05',
          dtstamp: DTSTAMP.getTime(),
          transp: 'TRANSPARENT',
        },
      ],
    });
  });

  it('leaves out the calendar name and description when not given, and uses the PRODID given', () => {
    const ics = buildIcs([{ uid: 'a', date: '2026-12-04', summary: 'S' }], { dtstamp: DTSTAMP, prodId: '-//Test//EN' });
    expect(ics).not.toContain('X-WR-CALNAME');
    expect(ics).not.toContain('DESCRIPTION');
    expect(ics).toContain('\r\nPRODID:-//Test//EN\r\n');
    const calendar = readCalendar(ics);
    expect(calendar.prodId).toBe('-//Test//EN');
    expect(calendar.calendarName).toBeUndefined();
    expect(calendar.events[0]?.description).toBeNull();
  });

  it('writes an empty calendar for no events', () => {
    const ics = buildIcs([], { dtstamp: DTSTAMP });
    expectWellFormed(ics);
    expect(readCalendar(ics)).toEqual({ prodId: DEFAULT_PRODID, calendarName: undefined, events: [] });
  });

  it.each([
    ['2026-12-04', '20261204', '20261205'],
    ['2024-02-28', '20240228', '20240229'],
    ['2024-02-29', '20240229', '20240301'],
    ['2026-12-31', '20261231', '20270101'],
  ])('an event on %s runs from %s to %s (exclusive)', (date, start, end) => {
    const ics = buildIcs([{ uid: 'x', date, summary: 'S' }], { dtstamp: DTSTAMP });
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    const [read] = readCalendar(ics).events;
    expect(read?.start).toBe(date);
    expect(read?.end).toBe(addDays(date, 1));
  });

  it('writes DTSTAMP in UTC', () => {
    expect(formatDateTimeUtc(DTSTAMP)).toBe('20261127T101500Z');
    const offset = new Date('2026-01-02T03:04:05.678+14:00');
    expect(formatDateTimeUtc(offset)).toBe('20260101T130405Z');
    const [read] = readCalendar(buildIcs([{ uid: 'x', date: '2026-12-04', summary: 'S' }], { dtstamp: offset })).events;
    // iCalendar times have whole seconds.
    expect(read?.dtstamp).toBe(Date.UTC(2026, 0, 1, 13, 4, 5));
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
    const calendar = readCalendar(ics);
    expect(calendar.prodId).toBe(DEFAULT_PRODID);
    expect(calendar.calendarName).toBe('No contact');
    expect(calendar.events).toEqual(
      milestones.map((m) => ({
        uid: `${m.id}@example.org`,
        summary: m.title,
        description: m.description,
        start: m.date,
        end: addDays(m.date, 1),
        dtstamp: DTSTAMP.getTime(),
        transp: 'TRANSPARENT',
      })),
    );
  });

  const long = 'Zoë went to the café, then home; she wrote \\ and "quotes": ';
  it.each([
    ['commas, semicolons and colons', 'a,b;c:d, e; f'],
    ['backslashes, also before n', 'back\\slash, \\n is not a break, \\N neither, \\\\'],
    ['line breaks', 'first line\nsecond line\n\nafter a blank line\n'],
    ['tabs and spaces at either end', '\t two  spaces\tand a tab \t'],
    ['emoji, with skin tones and joiners', '😀 👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦 🇪🇺'],
    ['a long line of accented letters', long.repeat(8)],
    ['a long line of emoji', '👩🏽‍💻🙂'.repeat(60)],
    ['a long line ending in a multi-octet character', `${'x'.repeat(73 - 'SUMMARY:'.length)}€€€`],
  ])('round-trips %s exactly in every text field', (_case, text) => {
    expect(normalised(text)).toBe(text);
    const ics = buildIcs([{ uid: text, date: '2026-12-04', summary: text, description: text }], {
      dtstamp: DTSTAMP,
      prodId: text,
      calendarName: text,
    });
    expectWellFormed(ics);
    const calendar = readCalendar(ics);
    expect(calendar.prodId).toBe(text);
    expect(calendar.calendarName).toBe(text);
    expect(calendar.events.map(({ uid, summary, description }) => ({ uid, summary, description }))).toEqual([
      { uid: text, summary: text, description: text },
    ]);
  });

  it('folds long text into several lines that ical.js joins again', () => {
    const text = '👩🏽‍💻 Zoë, '.repeat(40);
    const ics = buildIcs([{ uid: 'x', date: '2026-12-04', summary: text }], { dtstamp: DTSTAMP });
    // Only SUMMARY is long enough to fold.
    expect(physicalLines(ics).filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(readCalendar(ics).events[0]?.summary).toBe(text);
  });

  it('round-trips any text and date, folded to 75 octets with CRLF only', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            uid: anyText.filter((u) => u !== ''),
            date: anyDate,
            summary: anyText,
            description: fc.option(anyText, { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
        fc.option(anyText, { nil: undefined }),
        (inputs, calendarName) => {
          const events = inputs.map(({ description, ...rest }) => ({
            ...rest,
            ...(description === undefined ? {} : { description }),
          }));
          const ics = buildIcs(events, calendarName === undefined ? { dtstamp: DTSTAMP } : { dtstamp: DTSTAMP, calendarName });
          expectWellFormed(ics);
          const calendar = readCalendar(ics);
          expect(calendar.calendarName).toBe(calendarName === undefined ? undefined : normalised(calendarName));
          expect(calendar.events).toEqual(
            events.map((e) => ({
              uid: normalised(e.uid),
              summary: normalised(e.summary),
              description: e.description === undefined ? null : normalised(e.description),
              start: e.date,
              end: addDays(e.date, 1),
              dtstamp: DTSTAMP.getTime(),
              transp: 'TRANSPARENT',
            })),
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
      fc.property(
        anyText.map((s) => s.replace(/[\r\n]/g, '')),
        (line) => {
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
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('escapeText', () => {
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
  ])('escapes %j as %j, which ical.js reads back', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    expect(readText(escaped)).toBe(normalised(text));
  });

  it('round-trips any text through ical.js, and escaped text has no line breaks or bare specials', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        // Every ; and , is preceded by an odd run of backslashes.
        expect(escaped).not.toMatch(/(?<!\\)(?:\\\\)*[;,]/);
        expect(readText(escaped)).toBe(normalised(text));
      }),
      { numRuns: RUNS },
    );
  });
});
