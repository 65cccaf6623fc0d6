import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  daysInMonth,
  formatDate,
  isIsoDate,
  isLeapYear,
  msUntilNextLocalMidnight,
  todayIso,
} from './calendar-date';

const HOUR = 3_600_000;

/**
 * The zones the date logic must hold in: no offset, a one-hour DST switch at
 * 2:00, one at 1:00, a 30-minute DST switch (Lord Howe), UTC+14 (Kiritimati,
 * which skipped 31 December 1994), and a zone that switched at midnight until 2019.
 */
const TIME_ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/Sao_Paulo'] as const;

/** numRuns of each property repeated in every time zone, and of each property run once. */
const RUNS_PER_ZONE = 500;
const RUNS = 1000;

// Node re-reads TZ whenever process.env.TZ is assigned, so Dates made inside `run` use `timeZone`.
function withTimeZone<T>(timeZone: string, run: () => T): T {
  const saved = process.env['TZ'];
  process.env['TZ'] = timeZone;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
}

// Reference implementations written independently of the module under test.
const refLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const refMonthLength = (y: number, m: number) => [31, refLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const refNextDay = (y: number, m: number, d: number) => {
  if (d < refMonthLength(y, m)) return iso(y, m, d + 1);
  if (m < 12) return iso(y, m + 1, 1);
  return iso(y + 1, 1, 1);
};
// Sakamoto's day-of-week algorithm: 0 = Sunday.
const refWeekday = (y: number, m: number, d: number) => {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][m - 1] ?? 0;
  const year = m < 3 ? y - 1 : y;
  return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + t + d) % 7;
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A real date as [year, month 1–12, day], the 29th–31st included where they exist. */
const dateParts = (minYear: number, maxYear: number) =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .filter(([y, m, d]) => d <= refMonthLength(y, m));
const isoDate = (minYear = 1000, maxYear = 9999) => dateParts(minYear, maxYear).map(([y, m, d]) => iso(y, m, d));

describe('isIsoDate', () => {
  it.each(['2026-12-04', '2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31', '2026-01-31', '2026-04-30'])('accepts %s', (value) =>
    expect(isIsoDate(value)).toBe(true),
  );
  it.each([
    '2026-02-30',
    '2026-02-29',
    '2023-02-29',
    '2100-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-2-3',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-01-01\n',
    '2026/01/01',
    '20260101',
    '0999-12-31',
    '10000-01-01',
    '+2026-01-01',
    '２０２６-01-01',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
    null,
    undefined,
    new Date(2026, 0, 1),
  ])('rejects %j', (value) => expect(isIsoDate(value)).toBe(false));

  it('agrees with the Gregorian calendar for any year, month 0–13 and day 0–32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const real = m >= 1 && m <= 12 && d >= 1 && d <= refMonthLength(y, m);
        expect(isIsoDate(iso(y, m, d))).toBe(real);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('leap years', () => {
  it.each([
    [2024, true],
    [2000, true],
    [2400, true],
    [2023, false],
    [2100, false],
    [1900, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-10-20', 45, '2026-12-04'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-06-01', 0, '2026-06-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['not a date', 1],
    ['2026-01-01', 1.5],
    ['2026-01-01', Number.NaN],
    ['2026-01-01', Number.POSITIVE_INFINITY],
    ['9999-12-31', 1],
    ['1000-01-01', -1],
  ])('throws RangeError for %j + %s', (date, days) => {
    expect(() => addDays(date, days)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it.each([
    ['2026-11-27', -5, '2021-11-27'],
    ['2028-02-29', -5, '2023-02-28'],
    ['2028-02-29', -4, '2024-02-29'],
    ['2026-01-31', 1, '2027-01-31'],
  ])('%s + %i years is %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
  it.each([
    ['2026-02-30', 1],
    ['2026-01-01', 0.5],
    ['1003-01-01', -5],
  ])('throws RangeError for %j + %s years', (date, years) => {
    expect(() => addYears(date, years)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-10-20', '2026-11-27', 38],
    ['2026-11-27', '2026-10-20', -38],
    ['2026-06-01', '2026-06-01', 0],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2026-03-07', '2026-03-09', 2],
    ['2026-10-31', '2026-11-02', 2],
    ['1000-01-01', '9999-12-31', 3_287_181],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026-03-01', ''],
  ])('throws RangeError for %j → %j', (from, to) => {
    expect(() => daysBetween(from, to)).toThrow(RangeError);
  });
  it('counts calendar days where subtracting local midnights would not', () => {
    withTimeZone('America/New_York', () => {
      const elapsed = (new Date(2026, 2, 9).getTime() - new Date(2026, 2, 8).getTime()) / (24 * HOUR);
      expect(elapsed).toBeCloseTo(23 / 24);
      expect(daysBetween(todayIso(new Date(2026, 2, 8)), todayIso(new Date(2026, 2, 9)))).toBe(1);
    });
  });
});

describe('todayIso', () => {
  const instant = new Date('2026-11-28T03:00:00Z');
  it.each([
    ['UTC', '2026-11-28'],
    ['America/New_York', '2026-11-27'],
    ['Europe/London', '2026-11-28'],
    ['Pacific/Kiritimati', '2026-11-28'],
    ['America/Sao_Paulo', '2026-11-28'],
    ['Pacific/Pago_Pago', '2026-11-27'],
  ])('is the local date in %s', (zone, expected) => {
    expect(withTimeZone(zone, () => todayIso(instant))).toBe(expected);
  });
  it('throws RangeError for an invalid Date', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-12-04', undefined, 'Friday 4 December 2026'],
    ['2026-12-04', { weekday: true }, 'Friday 4 December 2026'],
    ['2026-12-04', { weekday: false }, '4 December 2026'],
    ['2024-02-29', {}, 'Thursday 29 February 2024'],
    ['2026-01-01', undefined, 'Thursday 1 January 2026'],
    ['2026-11-27', { weekday: false }, '27 November 2026'],
  ])('formats %s with %j as %s', (date, options, expected) => {
    expect(formatDate(date, options)).toBe(expected);
  });
  it.each(['2026-02-30', 'yesterday'])('throws RangeError for %j', (date) => {
    expect(() => formatDate(date)).toThrow(RangeError);
  });
});

describe('msUntilNextLocalMidnight', () => {
  it.each([
    // New York springs forward at 2:00 on 8 March 2026 and falls back at 2:00 on 1 November.
    ['America/New_York', [2026, 2, 7, 0, 0], 24],
    ['America/New_York', [2026, 2, 8, 0, 0], 23],
    ['America/New_York', [2026, 2, 8, 1, 30], 21.5],
    ['America/New_York', [2026, 2, 8, 12, 0], 12],
    ['America/New_York', [2026, 10, 1, 0, 0], 25],
    ['America/New_York', [2026, 10, 1, 1, 30], 23.5],
    ['America/New_York', [2026, 10, 1, 12, 0], 12],
    ['America/New_York', [2026, 10, 1, 23, 59], 1 / 60],
    ['Europe/London', [2026, 2, 29, 0, 0], 23],
    ['Europe/London', [2026, 9, 25, 0, 0], 25],
    ['Australia/Lord_Howe', [2026, 3, 5, 0, 0], 24.5],
    ['Australia/Lord_Howe', [2026, 9, 4, 0, 0], 23.5],
    // São Paulo skipped midnight itself: 4 November 2018 began at 01:00.
    ['America/Sao_Paulo', [2018, 10, 3, 12, 0], 12],
    ['America/Sao_Paulo', [2018, 10, 4, 0, 0], 23],
    ['America/Sao_Paulo', [2019, 1, 16, 0, 0], 25],
    ['Pacific/Kiritimati', [2026, 0, 1, 0, 0], 24],
  ] as const)('in %s from %j is %s hours', (zone, [y, m, d, h, min], hours) => {
    withTimeZone(zone, () => {
      expect(msUntilNextLocalMidnight(new Date(y, m, d, h, min))).toBe(hours * HOUR);
    });
  });

  it('lands on the day after a skipped day (Kiritimati, 31 December 1994)', () => {
    withTimeZone('Pacific/Kiritimati', () => {
      const now = new Date(1994, 11, 30, 12);
      expect(todayIso(now)).toBe('1994-12-30');
      const ms = msUntilNextLocalMidnight(now);
      expect(ms).toBe(12 * HOUR);
      expect(todayIso(new Date(now.getTime() + ms))).toBe('1995-01-01');
    });
  });

  it('throws RangeError for an invalid Date', () => {
    expect(() => msUntilNextLocalMidnight(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe.each(TIME_ZONES)('properties in %s', (zone) => {
  const inZone = <Ts extends unknown[]>(property: fc.IRawProperty<Ts>) =>
    withTimeZone(zone, () => fc.assert(property, { numRuns: RUNS_PER_ZONE }));

  it('really runs in that zone', () => {
    const offsets: Record<(typeof TIME_ZONES)[number], number> = {
      UTC: 0,
      'America/New_York': 300,
      'Europe/London': 0,
      'Australia/Lord_Howe': -660,
      'Pacific/Kiritimati': -840,
      'America/Sao_Paulo': 180,
    };
    expect(withTimeZone(zone, () => new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset())).toBe(offsets[zone]);
  });

  it('daysBetween(a, addDays(a, n)) is n, and addDays(·, -n) undoes addDays(·, n)', () => {
    inZone(
      fc.property(isoDate(1500, 9000), fc.integer({ min: -150_000, max: 150_000 }), (a, n) => {
        const b = addDays(a, n);
        expect(isIsoDate(b)).toBe(true);
        expect(daysBetween(a, b)).toBe(n);
        expect(daysBetween(b, a)).toBe(0 - n);
        expect(addDays(b, -n)).toBe(a);
      }),
    );
  });

  it('addDays(a, 1) is the next calendar day, 29 February included', () => {
    inZone(
      fc.property(dateParts(1000, 9998), ([y, m, d]) => {
        expect(addDays(iso(y, m, d), 1)).toBe(refNextDay(y, m, d));
      }),
    );
  });

  it('daysBetween adds up: a→b plus b→c is a→c', () => {
    inZone(
      fc.property(isoDate(), isoDate(), isoDate(), (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });

  it('formatDate names the right weekday and month whatever the zone', () => {
    inZone(
      fc.property(dateParts(1000, 9999), ([y, m, d]) => {
        expect(formatDate(iso(y, m, d))).toBe(`${WEEKDAYS[refWeekday(y, m, d)]} ${d} ${MONTHS[m - 1]} ${y}`);
      }),
    );
  });

  // Years from 1996 on: Kiritimati skipped 31 December 1994, so earlier local dates need not exist.
  it('todayIso of a local date-time is that date, at every hour including DST days', () => {
    inZone(
      fc.property(dateParts(1996, 2100), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), ([y, m, d], h, min) => {
        // A time inside a DST gap moves forward by the gap; in these zones that never crosses midnight.
        expect(todayIso(new Date(y, m - 1, d, h, min))).toBe(iso(y, m, d));
      }),
    );
  });

  it('todayIso on DST-change days and 29 February, hour by hour', () => {
    const days = [
      [2026, 3, 8],
      [2026, 11, 1],
      [2026, 3, 29],
      [2026, 10, 25],
      [2026, 4, 5],
      [2026, 10, 4],
      [2018, 11, 4],
      [2019, 2, 17],
      [2024, 2, 29],
      [2000, 2, 29],
    ] as const;
    withTimeZone(zone, () => {
      for (const [y, m, d] of days) {
        for (let h = 0; h < 24; h++) {
          for (const min of [0, 15, 30, 45, 59]) expect(todayIso(new Date(y, m - 1, d, h, min))).toBe(iso(y, m, d));
        }
      }
    });
  });

  it('daysBetween local midnights is the calendar difference, across DST changes', () => {
    inZone(
      // From 1998, so that 800 days back never reaches 31 December 1994, a day Kiritimati
      // skipped: new Date() cannot make a local midnight on a day that did not exist there.
      fc.property(dateParts(1998, 2100), fc.integer({ min: -800, max: 800 }), ([y, m, d], n) => {
        const from = todayIso(new Date(y, m - 1, d));
        const to = todayIso(new Date(y, m - 1, d + n));
        expect(from).toBe(iso(y, m, d));
        expect(daysBetween(from, to)).toBe(n);
        expect(to).toBe(addDays(from, n));
      }),
    );
  });

  it('msUntilNextLocalMidnight ends exactly where the next local day begins', () => {
    inZone(
      fc.property(fc.date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (now) => {
        const ms = msUntilNextLocalMidnight(now);
        expect(ms).toBeGreaterThan(0);
        expect(ms).toBeLessThanOrEqual(25 * HOUR);
        const today = todayIso(now);
        expect(todayIso(new Date(now.getTime() + ms - 1))).toBe(today);
        expect(todayIso(new Date(now.getTime() + ms))).toBe(addDays(today, 1));
      }),
    );
  });
});
