import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from './calendar-date';
import {
  chartGeometry,
  chartRows,
  chartSummary,
  chartTicks,
  dayLabel,
  dayWidth,
  linePath,
  MARKER_LABELS,
  MARKER_Y,
  markerKind,
  markerPath,
  MAX_DATE_TICKS,
  MIN_BAR,
  moodY,
  PLOT,
  pullY,
  shortDate,
  tickEvery,
  VIEW,
  xFor,
} from './chart-geometry';
import { chartSeries, MAX_SERIES_DAYS, type ChartPoint } from './check-in-progress';
import { CONTACT_KINDS, type ContactKind } from './check-ins';
import type { Plan } from './no-contact-plan';

/** A day with a check-in (mood, pull, contact) or without one (null), and no slip. */
const day = (date: IsoDate, mood: number | null = null, pull: number | null = null, contact: ContactKind | null = null): ChartPoint => ({
  date,
  mood,
  pull,
  contact: mood === null && pull === null ? null : (contact ?? 'none'),
  slip: false,
  logged: null,
  withContact: false,
});

/** Seven days from Monday 23 November 2026. */
const MONDAY = '2026-11-23';
const week = (rows: [number | null, number | null, ContactKind?][]) => rows.map(([m, p, c], i) => day(addDays(MONDAY, i), m, p, c));

/** Any run of consecutive days, each with or without a check-in, some slips and contact days. */
const pointsArb = (maxLength = 120) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n)),
      days: fc.array(
        fc.record({
          checkIn: fc.option(
            fc.record({
              mood: fc.integer({ min: 1, max: 5 }),
              pull: fc.integer({ min: 0, max: 10 }),
              contact: fc.constantFrom(...CONTACT_KINDS),
            }),
            { freq: 3 },
          ),
          slip: fc.boolean(),
          logged: fc.constantFrom(null, 'they-reached-out' as const, 'logistics' as const),
          withContact: fc.boolean(),
        }),
        { minLength: 1, maxLength },
      ),
    })
    .map(({ start, days }) =>
      days.map(({ checkIn, slip, logged, withContact }, i): ChartPoint => ({
        date: addDays(start, i),
        mood: checkIn?.mood ?? null,
        pull: checkIn?.pull ?? null,
        contact: checkIn?.contact ?? null,
        slip,
        logged,
        withContact: withContact || slip || checkIn?.contact === 'reached-out',
      })),
    );
const spanArb = fc.constantFrom('week' as const, 'plan' as const);

/** Every x, y pair in a path written with absolute M/L commands. */
function pathPoints(d: string): { command: string; x: number; y: number }[] {
  return [...d.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ command: m[1]!, x: Number(m[2]), y: Number(m[3]) }));
}

const inside = (x: number, y: number) => x >= 0 && x <= VIEW.width && y >= 0 && y <= VIEW.height;

describe('scales', () => {
  it('puts the days side by side across the plot, each in the middle of its slot', () => {
    expect(dayWidth(7)).toBeCloseTo((PLOT.right - PLOT.left) / 7);
    expect(xFor(0, 1)).toBe((PLOT.left + PLOT.right) / 2);
    expect(xFor(0, 7)).toBeGreaterThan(PLOT.left);
    expect(xFor(6, 7)).toBeLessThan(PLOT.right);
    expect(xFor(3, 7)).toBeCloseTo((PLOT.left + PLOT.right) / 2, 1);
    expect(dayWidth(0)).toBe(PLOT.right - PLOT.left);
  });

  it('puts mood 1 and pull 0 at the foot, mood 5 and pull 10 at the top, and shares the middle line', () => {
    expect(moodY(1)).toBe(PLOT.bottom);
    expect(moodY(5)).toBe(PLOT.top);
    expect(pullY(0)).toBe(PLOT.bottom);
    expect(pullY(10)).toBe(PLOT.top);
    expect(moodY(3)).toBe(pullY(5));
    expect(moodY(2)).toBeGreaterThan(moodY(4));
  });

  it('holds values outside the scales at its edges', () => {
    expect(moodY(0)).toBe(PLOT.bottom);
    expect(pullY(11)).toBe(PLOT.top);
  });
});

describe('linePath', () => {
  it('joins days in a row and starts again after a gap', () => {
    const d = linePath([5, 4, null, 3, null, null, 1], moodY);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(pathPoints(d).map((p) => p.command)).toEqual(['M', 'L', 'M', 'M']);
    expect(pathPoints(d).map((p) => p.y)).toEqual([moodY(5), moodY(4), moodY(3), moodY(1)]);
  });

  it('is empty without values', () => {
    expect(linePath([], moodY)).toBe('');
    expect(linePath([null, null], moodY)).toBe('');
  });
});

describe('markers', () => {
  it('marks the reader getting in touch before anything else, and nothing on a quiet day', () => {
    expect(markerKind(day(MONDAY, 3, 5, 'reached-out'))).toBe('reached-out');
    expect(markerKind({ ...day(MONDAY), slip: true, withContact: true })).toBe('reached-out');
    expect(markerKind({ ...day(MONDAY, 3, 5, 'logistics'), withContact: true })).toBe('reached-out');
    expect(markerKind(day(MONDAY, 3, 5, 'they-reached-out'))).toBe('they-reached-out');
    expect(markerKind(day(MONDAY, 3, 5, 'logistics'))).toBe('logistics');
    expect(markerKind(day(MONDAY, 3, 5, 'none'))).toBeUndefined();
    expect(markerKind(day(MONDAY))).toBeUndefined();
  });

  it('marks contact logged on the tracker when the check-in does not say otherwise', () => {
    expect(markerKind({ ...day(MONDAY), logged: 'they-reached-out' })).toBe('they-reached-out');
    expect(markerKind({ ...day(MONDAY, 3, 5, 'none'), logged: 'logistics' })).toBe('logistics');
    expect(markerKind({ ...day(MONDAY, 3, 5, 'they-reached-out'), logged: 'logistics' })).toBe('they-reached-out');
    expect(markerKind({ ...day(MONDAY, 3, 5, 'reached-out'), logged: 'logistics' })).toBe('reached-out');
  });

  it('draws each kind as its own closed shape around its centre', () => {
    expect(markerPath('reached-out', 50, 130, 4)).toBe('M50 126L54 134L46 134Z');
    expect(markerPath('they-reached-out', 50, 130, 4)).toBe('M46 130a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z');
    expect(markerPath('logistics', 50, 130, 4)).toBe('M46.6 126.6h6.8v6.8h-6.8Z');
  });

  it('has words for every kind', () => {
    expect(Object.keys(MARKER_LABELS).sort()).toEqual(['logistics', 'reached-out', 'they-reached-out']);
  });
});

describe('dates and ticks', () => {
  it('writes short dates and table days, with the year when asked', () => {
    expect(shortDate('2026-11-23')).toBe('23 Nov');
    expect(dayLabel('2026-11-23')).toBe('Mon 23 Nov');
    expect(dayLabel('2027-01-03', true)).toBe('Sun 3 Jan 2027');
    expect(() => shortDate('23/11/2026')).toThrow(RangeError);
  });

  it('labels a week with weekday letters, one per day', () => {
    const ticks = chartTicks(
      week([
        [3, 5],
        [null, null],
        [3, 5],
        [3, 5],
        [3, 5],
        [3, 5],
        [3, 5],
      ]),
      'week',
    );
    expect(ticks.map((t) => t.label).join('')).toBe('MTWTFSS');
    expect(ticks.map((t) => t.x)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => xFor(i, 7)));
  });

  it('labels the whole plan with a few dates from its first day', () => {
    const points = Array.from({ length: 60 }, (_, i) => day(addDays('2026-10-01', i)));
    const ticks = chartTicks(points, 'plan');
    expect(ticks[0]!.label).toBe('1 Oct');
    expect(ticks.map((t) => t.label)).toEqual(['1 Oct', '15 Oct', '29 Oct', '12 Nov', '26 Nov']);
    expect(tickEvery(60)).toBe(14);
  });

  it('spaces date labels at 1, 2, 7, 14 or a multiple of 28 days, never more than the most', () => {
    expect([1, 5, 6, 10, 11, 35, 36, 70, 71, 140, 141, 400].map(tickEvery)).toEqual([1, 1, 2, 2, 7, 7, 14, 14, 28, 28, 56, 84]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIES_DAYS }), (days) => {
        expect(Math.ceil(days / tickEvery(days))).toBeLessThanOrEqual(MAX_DATE_TICKS);
      }),
    );
  });
});

describe('chartGeometry', () => {
  const points = week([
    [2, 8],
    [null, null],
    [3, 6, 'they-reached-out'],
    [3, 0, 'reached-out'],
    [4, 5, 'logistics'],
    [null, null],
    [4, 4],
  ]);
  const g = chartGeometry(points, 'week');

  it('draws a bar per day with a pull, to the right height, and a stub for a pull of 0', () => {
    expect(g.viewBox).toBe(`0 0 ${VIEW.width} ${VIEW.height}`);
    expect(g.bars.map((b) => b.date)).toEqual([0, 2, 3, 4, 6].map((i) => addDays(MONDAY, i)));
    expect(g.bars[0]!.y).toBe(pullY(8));
    expect(g.bars[0]!.y + g.bars[0]!.height).toBeCloseTo(PLOT.bottom);
    expect(g.bars[2]!.height).toBe(MIN_BAR);
    for (const bar of g.bars) expect(bar.width).toBeGreaterThan(0);
  });

  it('breaks the mood line at each day without a check-in and dots every mood on a week', () => {
    expect(pathPoints(g.moodPath).map((p) => p.command)).toEqual(['M', 'M', 'L', 'L', 'M']);
    expect(g.dots).toHaveLength(5);
    expect(g.dotRadius).toBe(3.5);
  });

  it('marks each contact day once, by kind, in the row under the plot', () => {
    expect(g.markers.map((m) => m.kind)).toEqual(['they-reached-out', 'reached-out', 'logistics']);
    for (const m of g.markers) {
      expect(m.y).toBe(MARKER_Y);
      expect(m.d).toBe(markerPath(m.kind, m.x, m.y, m.size));
    }
  });

  it('shares three grid lines between the scales', () => {
    expect(g.grid).toEqual([
      { y: PLOT.bottom, mood: '1', pull: '0' },
      { y: moodY(3), mood: '3', pull: '5' },
      { y: PLOT.top, mood: '5', pull: '10' },
    ]);
  });

  it('dots only lone moods on a long plan, where the line shows the rest', () => {
    const long = Array.from({ length: 100 }, (_, i) => day(addDays('2026-01-01', i), i === 50 || i < 10 ? 3 : null, 5));
    const plan = chartGeometry(long, 'plan');
    expect(plan.dots.map((d) => d.date)).toEqual(['2026-02-20']);
    expect(plan.dotRadius).toBe(1.5);
  });

  it('draws nothing but the grid and labels for days without check-ins', () => {
    const empty = chartGeometry(week([[null, null]]), 'week');
    expect(empty.bars).toEqual([]);
    expect(empty.moodPath).toBe('');
    expect(empty.markers).toEqual([]);
    expect(empty.ticks).toHaveLength(1);
  });

  it('keeps every point, bar, marker and label inside the viewBox', () => {
    fc.assert(
      fc.property(pointsArb(), spanArb, (pts, span) => {
        const geo = chartGeometry(pts, span);
        for (const p of pathPoints(geo.moodPath)) expect(inside(p.x, p.y)).toBe(true);
        for (const b of geo.bars) expect(inside(b.x, b.y) && inside(b.x + b.width, b.y + b.height)).toBe(true);
        for (const d of geo.dots)
          expect(inside(d.x - geo.dotRadius, d.y - geo.dotRadius) && inside(d.x + geo.dotRadius, d.y + geo.dotRadius)).toBe(true);
        for (const m of geo.markers) expect(inside(m.x - m.size, m.y - m.size) && inside(m.x + m.size, m.y + m.size)).toBe(true);
        for (const t of geo.ticks) expect(inside(t.x, t.y)).toBe(true);
      }),
    );
  });

  it('stays inside the viewBox for the longest series too', () => {
    fc.assert(
      fc.property(pointsArb(MAX_SERIES_DAYS), (pts) => {
        const geo = chartGeometry(pts, 'plan');
        const xs = [...pathPoints(geo.moodPath).map((p) => p.x), ...geo.bars.map((b) => b.x), ...geo.markers.map((m) => m.x - m.size)];
        for (const x of xs) expect(x >= 0 && x <= VIEW.width).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('never joins a gap: each run of the line is one stretch of days in a row with a mood', () => {
    fc.assert(
      fc.property(pointsArb(), spanArb, (pts, span) => {
        const runs: number[][] = [];
        pts.forEach((p, i) => {
          if (p.mood === null) return;
          if (i > 0 && pts[i - 1]!.mood !== null) runs.at(-1)!.push(i);
          else runs.push([i]);
        });
        const drawn = chartGeometry(pts, span)
          .moodPath.split('M')
          .filter(Boolean)
          .map((run) => pathPoints(`M${run}`).map((p) => p.x));
        expect(drawn).toEqual(runs.map((run) => run.map((i) => xFor(i, pts.length))));
      }),
    );
  });

  it('gives exactly one marker per marked day and one bar per day with a pull', () => {
    fc.assert(
      fc.property(pointsArb(), spanArb, (pts, span) => {
        const geo = chartGeometry(pts, span);
        const marked = pts.filter((p) => markerKind(p) !== undefined);
        expect(geo.markers.map((m) => m.date)).toEqual(marked.map((p) => p.date));
        expect(geo.bars).toHaveLength(pts.filter((p) => p.pull !== null).length);
        expect(new Set(geo.markers.map((m) => m.x)).size).toBe(geo.markers.length);
      }),
    );
  });

  it('draws what chartSeries gives: a slip is marked as the reader being in touch', () => {
    const plan: Plan = {
      lastContact: '2026-11-25',
      lengthDays: 30,
      slips: [{ date: '2026-11-25', dayReached: 5, previousLastContact: '2026-11-20' }],
    };
    const checkIns = [{ date: '2026-11-26', mood: 2, pull: 9, contact: 'none' as const }];
    const series = chartSeries(checkIns, plan, MONDAY, addDays(MONDAY, 6));
    const geo = chartGeometry(series, 'week');
    expect(geo.markers.map((m) => [m.date, m.kind])).toEqual([['2026-11-25', 'reached-out']]);
    expect(geo.bars.map((b) => b.date)).toEqual(['2026-11-26']);
  });
});

describe('chartSummary', () => {
  it('says how the week went in one sentence', () => {
    const points = week([
      [2, 8],
      [null, null],
      [3, 6],
      [3, 5],
      [4, 5],
      [null, null],
      [4, 4],
    ]);
    expect(chartSummary(points, 'week')).toBe(
      'Over 5 check-ins this week, mood averaged 3.2 out of 5; the pull to get in touch fell from 8 to 4.',
    );
  });

  it('says when the pull rose, held or was recorded once, and counts contact days kindly', () => {
    expect(
      chartSummary(
        week([
          [3, 2],
          [3, 6, 'reached-out'],
        ]),
        'week',
      ),
    ).toBe('Over 2 check-ins this week, mood averaged 3 out of 5; the pull to get in touch rose from 2 to 6, with contact on 1 day.');
    expect(
      chartSummary(
        week([
          [3, 5],
          [4, 5],
        ]),
        'plan',
      ),
    ).toBe('Over 2 check-ins in these 2 days, mood averaged 3.5 out of 5; the pull to get in touch began and ended at 5.');
    expect(
      chartSummary(
        week([
          [null, null],
          [2, 7],
        ]),
      ),
    ).toBe('Over 1 check-in this week, mood was 2 out of 5; the pull to get in touch was 7.');
  });

  it('invites a first check-in when there are none', () => {
    expect(chartSummary(week([[null, null]]), 'week')).toBe('No check-ins this week yet. Each one you add will show here.');
    const slip = { ...day(MONDAY), slip: true, withContact: true };
    expect(chartSummary([slip, day(addDays(MONDAY, 1))], 'plan')).toBe(
      'No check-ins in these 2 days yet, with contact on 1 day. Each one you add will show here.',
    );
  });

  it('copes with a mood or a pull missing on its own', () => {
    const odd: ChartPoint[] = [
      { ...day(MONDAY), mood: 4, contact: 'none' },
      { ...day(addDays(MONDAY, 1)), pull: 3, contact: 'none' },
    ];
    expect(chartSummary(odd, 'week')).toBe('Over 2 check-ins this week, mood was 4 out of 5; the pull to get in touch was 3.');
  });

  it('is always one sentence with averages inside the scale', () => {
    fc.assert(
      fc.property(pointsArb(), spanArb, (pts, span) => {
        const text = chartSummary(pts, span);
        expect(text.endsWith('.')).toBe(true);
        const avg = /mood averaged ([\d.]+) out of 5/.exec(text);
        if (avg) expect(Number(avg[1])).toBeGreaterThanOrEqual(1);
        if (avg) expect(Number(avg[1])).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('chartRows', () => {
  it('gives each day in words, blank where nothing was recorded', () => {
    const points = week([
      [2, 8],
      [null, null],
      [3, 6, 'they-reached-out'],
      [3, 0, 'reached-out'],
      [4, 5, 'logistics'],
    ]);
    expect(chartRows(points)).toEqual([
      { date: '2026-11-23', day: 'Mon 23 Nov', mood: '2', pull: '8', contact: 'None' },
      { date: '2026-11-24', day: 'Tue 24 Nov', mood: '', pull: '', contact: '' },
      { date: '2026-11-25', day: 'Wed 25 Nov', mood: '3', pull: '6', contact: 'They got in touch' },
      { date: '2026-11-26', day: 'Thu 26 Nov', mood: '3', pull: '0', contact: 'You were in touch' },
      { date: '2026-11-27', day: 'Fri 27 Nov', mood: '4', pull: '5', contact: 'Logistics only' },
    ]);
  });

  it('adds the year when the days cross into a new one', () => {
    const rows = chartRows([day('2026-12-31'), day('2027-01-01')]);
    expect(rows.map((r) => r.day)).toEqual(['Thu 31 Dec 2026', 'Fri 1 Jan 2027']);
    expect(chartRows([])).toEqual([]);
  });
});
