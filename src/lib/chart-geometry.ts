import { isIsoDate, type IsoDate } from './calendar-date';
import type { ChartPoint, ChartSpan } from './check-in-progress';
import { MOOD_RANGE, PULL_RANGE } from './check-ins';

/*
 * The check-in chart's drawing, worked out here so the component only copies
 * numbers into SVG. One fixed viewBox, scaled by the browser to the width it
 * has (`width: 100%`), so the chart reads the same at 320 px and on a desktop.
 *
 * Mood is a line with points against the left scale (1–5); the pull to get in
 * touch is bars against the right scale (0–10). The scales share three grid
 * lines: mood 1, 3, 5 sit where pull 0, 5, 10 do. A day without a check-in is
 * a gap: no bar, and the mood line stops and starts again after it. Days with
 * contact get one marker each in a row under the plot, by its shape: a
 * triangle when the reader got in touch, a circle when the other person did,
 * a square for logistics only.
 */

/** The viewBox, in user units (1 unit is 1 px at 320 px wide). */
export const VIEW = { width: 320, height: 160 } as const;

/** The plotted area inside {@link VIEW}; the margins hold the scales' labels and the marker row. */
export const PLOT = { left: 24, right: 294, top: 10, bottom: 116 } as const;

/** The middle of the marker row, under the plot. */
export const MARKER_Y = 130;

/** The baseline of the day labels, at the foot of the viewBox. */
export const TICK_Y = 153;

/** The most day labels on the whole-plan view. */
export const MAX_DATE_TICKS = 5;

/** The shortest bar, so a pull of 0 still shows as a check-in, apart from a day without one. */
export const MIN_BAR = 1.5;

/** What a marker stands for, each drawn with its own shape. */
export type MarkerKind = 'reached-out' | 'they-reached-out' | 'logistics';

/** The markers' shapes, one per {@link MarkerKind}, so colour is never the only difference. */
export const MARKER_SHAPES: Record<MarkerKind, 'triangle' | 'circle' | 'square'> = {
  'reached-out': 'triangle',
  'they-reached-out': 'circle',
  logistics: 'square',
};

/** The words for each {@link MarkerKind}: the legend's and the table's. */
export const MARKER_LABELS: Record<MarkerKind, string> = {
  'reached-out': 'You were in touch',
  'they-reached-out': 'They got in touch',
  logistics: 'Logistics only',
};

export interface Bar {
  date: IsoDate;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Dot {
  date: IsoDate;
  x: number;
  y: number;
}

export interface Marker {
  date: IsoDate;
  kind: MarkerKind;
  x: number;
  y: number;
  /** Half the marker's width and height. */
  size: number;
  /** The SVG path of its shape. */
  d: string;
}

export interface Tick {
  x: number;
  y: number;
  label: string;
}

export interface GridLine {
  y: number;
  /** The mood at this line, on the left scale. */
  mood: string;
  /** The pull at this line, on the right scale. */
  pull: string;
}

/** Everything the component draws, in {@link VIEW} units. */
export interface ChartGeometry {
  viewBox: string;
  /** The width of one day. */
  step: number;
  grid: GridLine[];
  bars: Bar[];
  /** The mood line: one `M … L …` run per stretch of days with a mood; '' when there is none. */
  moodPath: string;
  /** Points on the mood line, drawn as dots. */
  dots: Dot[];
  dotRadius: number;
  markers: Marker[];
  ticks: Tick[];
}

const round = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The width of one day when `days` days share the plot. */
export function dayWidth(days: number): number {
  return (PLOT.right - PLOT.left) / Math.max(1, days);
}

/** The middle of day `index` (0 = the first) of `days`. */
export function xFor(index: number, days: number): number {
  return round(PLOT.left + (index + 0.5) * dayWidth(days));
}

/** The height of `value` on a scale from `min` (the plot's foot) to `max` (its top); values outside are held at the edges. */
function yOn(value: number, { min, max }: { min: number; max: number }): number {
  const share = clamp((value - min) / (max - min), 0, 1);
  return round(PLOT.bottom - share * (PLOT.bottom - PLOT.top));
}

/** Where a mood (1–5) sits: 1 at the plot's foot, 5 at its top. */
export const moodY = (mood: number) => yOn(mood, MOOD_RANGE);

/** Where a pull (0–10) sits: 0 at the plot's foot, 10 at its top. */
export const pullY = (pull: number) => yOn(pull, PULL_RANGE);

/**
 * The marker a day gets, or undefined for none: the reader got in touch (a
 * slip, "I reached out", or the plan's day of last contact) before the other
 * person did, before logistics; the check-in's answer before what the tracker logged.
 */
export function markerKind(point: ChartPoint): MarkerKind | undefined {
  if (point.slip || point.withContact || point.contact === 'reached-out') return 'reached-out';
  if (point.contact === 'they-reached-out' || point.contact === 'logistics') return point.contact;
  return point.logged ?? undefined;
}

/** The SVG path of a marker of `kind` centred on (x, y), `size` from its middle to each side. */
export function markerPath(kind: MarkerKind, x: number, y: number, size: number): string {
  const [l, r, t, b, s] = [x - size, x + size, y - size, y + size, size].map(round) as [number, number, number, number, number];
  switch (MARKER_SHAPES[kind]) {
    case 'triangle':
      return `M${round(x)} ${t}L${r} ${b}L${l} ${b}Z`;
    case 'circle':
      return `M${l} ${round(y)}a${s} ${s} 0 1 0 ${round(2 * s)} 0a${s} ${s} 0 1 0 ${round(-2 * s)} 0Z`;
    case 'square': {
      const k = round(size * 0.85);
      return `M${round(x - k)} ${round(y - k)}h${round(2 * k)}v${round(2 * k)}h${round(-2 * k)}Z`;
    }
  }
}

/**
 * A line through `values` (one per day), broken wherever a value is null: one
 * `M x y L x y …` run per stretch of days with a value, so a gap is never
 * bridged. A stretch of one day is a lone `M x y` (drawn as a dot).
 */
export function linePath(values: readonly (number | null)[], y: (value: number) => number): string {
  let d = '';
  let inRun = false;
  values.forEach((value, i) => {
    if (value === null) {
      inRun = false;
      return;
    }
    d += `${inRun ? 'L' : 'M'}${xFor(i, values.length)} ${y(value)}`;
    inRun = true;
  });
  return d;
}

const WEEKDAY_LETTERS = ['S', 'M', 'T', 'W', 'T', 'F', 'S'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: IsoDate): { year: number; month: number; day: number; weekday: number } {
  if (!isIsoDate(date)) throw new RangeError(`A chart day is YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** A short date for a label: '23 Nov'. */
export function shortDate(date: IsoDate): string {
  const { month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]}`;
}

/** A day for the table: 'Mon 23 Nov', with the year ('Mon 23 Nov 2026') when `withYear`. */
export function dayLabel(date: IsoDate, withYear = false): string {
  const { year, weekday } = parts(date);
  return `${WEEKDAYS[weekday]} ${shortDate(date)}${withYear ? ` ${year}` : ''}`;
}

/** Days between date labels on the whole-plan view: the first of 1, 2, 7, 14, 28, then multiples of 28, that keeps them to {@link MAX_DATE_TICKS}. */
export function tickEvery(days: number): number {
  for (const every of [1, 2, 7, 14]) if (Math.ceil(days / every) <= MAX_DATE_TICKS) return every;
  return 28 * Math.ceil(days / (28 * MAX_DATE_TICKS));
}

/**
 * The day labels: for the week, every day's weekday letter (M T W T F S S);
 * for the whole plan, a short date every {@link tickEvery} days from the first.
 */
export function chartTicks(points: readonly ChartPoint[], span: ChartSpan): Tick[] {
  const n = points.length;
  if (span === 'week') return points.map((p, i) => ({ x: xFor(i, n), y: TICK_Y, label: WEEKDAY_LETTERS[parts(p.date).weekday]! }));
  const every = tickEvery(n);
  const ticks: Tick[] = [];
  for (let i = 0; i < n; i += every) ticks.push({ x: xFor(i, n), y: TICK_Y, label: shortDate(points[i]!.date) });
  return ticks;
}

/** The drawing of `points` for `span`. Only a point's date, mood, pull and marker matter. */
export function chartGeometry(points: readonly ChartPoint[], span: ChartSpan): ChartGeometry {
  const n = points.length;
  const step = dayWidth(n);
  const barWidth = round(clamp(step * 0.6, 0.2, 22));
  const bars: Bar[] = [];
  const dots: Dot[] = [];
  const markers: Marker[] = [];
  const size = round(clamp(step * 0.4, 2, 5));
  points.forEach((p, i) => {
    const x = xFor(i, n);
    if (p.pull !== null) {
      const top = Math.min(pullY(p.pull), PLOT.bottom - MIN_BAR);
      bars.push({ date: p.date, x: round(x - barWidth / 2), y: top, width: barWidth, height: round(PLOT.bottom - top) });
    }
    // Every mood gets a dot while there is room; on a long plan only a day alone between gaps, which the line cannot show.
    const alone = points[i - 1]?.mood == null && points[i + 1]?.mood == null;
    if (p.mood !== null && (step >= 6 || alone)) dots.push({ date: p.date, x, y: moodY(p.mood) });
    const kind = markerKind(p);
    if (kind) markers.push({ date: p.date, kind, x, y: MARKER_Y, size, d: markerPath(kind, x, MARKER_Y, size) });
  });
  return {
    viewBox: `0 0 ${VIEW.width} ${VIEW.height}`,
    step: round(step),
    grid: [
      { y: moodY(1), mood: '1', pull: '0' },
      { y: moodY(3), mood: '3', pull: '5' },
      { y: moodY(5), mood: '5', pull: '10' },
    ],
    bars,
    moodPath: linePath(
      points.map((p) => p.mood),
      moodY,
    ),
    dots,
    dotRadius: round(clamp(step * 0.35, 1.5, 3.5)),
    markers,
    ticks: chartTicks(points, span),
  };
}

/** A number with at most one decimal: 3.2, 4. */
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The chart in one sentence, for its accessible name and the words above it:
 * "Over 5 check-ins this week, mood averaged 3.2 out of 5; the pull to get in
 * touch fell from 8 to 4." Contact days are counted, never judged.
 */
export function chartSummary(points: readonly ChartPoint[], span: ChartSpan = 'week'): string {
  const when = span === 'week' ? 'this week' : `in these ${plural(points.length, 'day')}`;
  const checkedIn = points.filter((p) => p.mood !== null || p.pull !== null).length;
  const marked = points.filter((p) => markerKind(p) !== undefined).length;
  const contact = marked ? `, with contact on ${plural(marked, 'day')}` : '';
  if (checkedIn === 0) return `No check-ins ${when} yet${contact}. Each one you add will show here.`;
  const clauses: string[] = [];
  const moods = points.flatMap((p) => (p.mood === null ? [] : [p.mood]));
  if (moods.length === 1) clauses.push(`mood was ${moods[0]} out of 5`);
  else if (moods.length > 1) clauses.push(`mood averaged ${oneDecimal(moods.reduce((a, b) => a + b, 0) / moods.length)} out of 5`);
  const pulls = points.flatMap((p) => (p.pull === null ? [] : [p.pull]));
  const [first, last] = [pulls[0], pulls.at(-1)];
  if (first !== undefined && last !== undefined) {
    const pull = 'the pull to get in touch';
    if (pulls.length === 1) clauses.push(`${pull} was ${first}`);
    else if (last < first) clauses.push(`${pull} fell from ${first} to ${last}`);
    else if (last > first) clauses.push(`${pull} rose from ${first} to ${last}`);
    else clauses.push(`${pull} began and ended at ${first}`);
  }
  return `Over ${plural(checkedIn, 'check-in')} ${when}, ${clauses.join('; ')}${contact}.`;
}

/** One row of the chart's table: the same days in words. */
export interface ChartRow {
  date: IsoDate;
  day: string;
  /** The mood as a number, or '' for a day without a check-in. */
  mood: string;
  /** The pull as a number, or ''. */
  pull: string;
  /** What contact there was: a marker's words, 'None', or '' when nothing is known. */
  contact: string;
}

/** The table's rows, one per point, in order; days carry the year when the points cross a new year. */
export function chartRows(points: readonly ChartPoint[]): ChartRow[] {
  const withYear = points.length > 0 && points[0]!.date.slice(0, 4) !== points.at(-1)!.date.slice(0, 4);
  return points.map((p) => {
    const kind = markerKind(p);
    return {
      date: p.date,
      day: dayLabel(p.date, withYear),
      mood: p.mood === null ? '' : String(p.mood),
      pull: p.pull === null ? '' : String(p.pull),
      contact: kind ? MARKER_LABELS[kind] : p.contact === 'none' ? 'None' : '',
    };
  });
}
