import {
  chartGeometry,
  chartRows,
  chartSummary,
  MARKER_LABELS,
  MARKER_SHAPES,
  markerPath,
  PLOT,
  type MarkerKind,
} from '~/lib/chart-geometry';
import type { ChartPoint, ChartSpan } from '~/lib/check-in-progress';

interface Props {
  /** One point per day, oldest first, from `chartSeries`. */
  points: ChartPoint[];
  /** The days shown: the last seven, or the whole plan. */
  range: ChartSpan;
  /** Called with the range the reader picks. */
  onRange(range: ChartSpan): void;
  /** Makes this chart's ids unique on the page. */
  idPrefix: string;
}

const RANGES: { range: ChartSpan; label: string }[] = [
  { range: 'week', label: 'This week' },
  { range: 'plan', label: 'Whole plan' },
];

const KINDS = Object.keys(MARKER_LABELS) as MarkerKind[];

/** A legend's small picture: drawn like the chart, hidden from screen readers (the words say it). */
function Swatch({ children }: { children: preact.ComponentChildren }) {
  return (
    <svg class="chart-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/**
 * The check-in chart: mood as a line, the pull to get in touch as bars, contact
 * days marked by shape; a week/whole-plan switch, a one-sentence summary, a
 * legend in words and the same days as a table. Holds no state: the range is
 * the caller's. All drawing is worked out in src/lib/chart-geometry.ts.
 *
 * Our own component rather than a charting library: with its geometry it is
 * about 3 KB gzip, where the smallest well-kept SVG option (Chartist's line
 * and bar charts) is about 10 KB and uPlot (canvas) 22 KB.
 */
export function CheckInChart({ points, range, onRange, idPrefix }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const g = chartGeometry(points, range);
  const summary = chartSummary(points, range);
  const rows = chartRows(points);
  const shown = range === 'week' ? 'the last seven days' : 'the whole plan';
  return (
    <figure class="chart" aria-labelledby={id('heading')}>
      <figcaption class="chart-caption">
        <span id={id('heading')} class="chart-heading">
          How your days have felt
        </span>
        <span id={id('summary')} class="chart-summary">
          {summary}
        </span>
      </figcaption>
      <div class="chart-toggle" role="group" aria-label="Days shown">
        {RANGES.map((r) => (
          <button key={r.range} type="button" class="chart-toggle-button" aria-pressed={range === r.range} onClick={() => onRange(r.range)}>
            {r.label}
          </button>
        ))}
      </div>
      <svg
        class="chart-svg"
        role="img"
        aria-labelledby={`${id('title')} ${id('summary')}`}
        viewBox={g.viewBox}
        preserveAspectRatio="xMidYMid meet"
        width="100%"
      >
        <title id={id('title')}>{`Mood and the pull to get in touch, ${shown}`}</title>
        {g.grid.map((line) => (
          <g key={line.y}>
            <line class="chart-grid" x1={PLOT.left} x2={PLOT.right} y1={line.y} y2={line.y} />
            <text class="chart-axis" x={PLOT.left - 6} y={line.y} text-anchor="end" dominant-baseline="middle">
              {line.mood}
            </text>
            <text class="chart-axis" x={PLOT.right + 6} y={line.y} dominant-baseline="middle">
              {line.pull}
            </text>
          </g>
        ))}
        {g.bars.map((b) => (
          <rect key={b.date} class="chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} />
        ))}
        <path class="chart-line-halo" d={g.moodPath} />
        <path class="chart-line" d={g.moodPath} />
        {g.dots.map((d) => (
          <circle key={d.date} class="chart-dot" cx={d.x} cy={d.y} r={g.dotRadius} />
        ))}
        {g.markers.map((m) => (
          <path key={m.date} class={`chart-marker chart-marker-${m.kind}`} d={m.d} />
        ))}
        {g.ticks.map((t) => (
          <text key={t.x} class="chart-axis" x={t.x} y={t.y} text-anchor="middle">
            {t.label}
          </text>
        ))}
      </svg>
      <ul class="chart-legend">
        <li>
          <Swatch>
            <path class="chart-line" d="M1 12L8 5L15 9" />
          </Swatch>
          Mood, 1 to 5: the line, left scale
        </li>
        <li>
          <Swatch>
            <rect class="chart-bar" x="2" y="7" width="5" height="9" />
            <rect class="chart-bar" x="9" y="3" width="5" height="13" />
          </Swatch>
          Pull to get in touch, 0 to 10: the bars, right scale
        </li>
        {KINDS.map((kind) => (
          <li key={kind}>
            <Swatch>
              <path class={`chart-marker chart-marker-${kind}`} d={markerPath(kind, 8, 8, 6)} />
            </Swatch>
            {MARKER_LABELS[kind]} ({MARKER_SHAPES[kind]}, under the day)
          </li>
        ))}
      </ul>
      <details class="chart-data">
        <summary>Show these days as a table</summary>
        <table class="chart-table">
          <caption id={id('table-caption')}>Your check-ins, {shown}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Mood (1–5)</th>
              <th scope="col">Pull (0–10)</th>
              <th scope="col">Contact</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">
                  <time dateTime={row.date}>{row.day}</time>
                </th>
                {row.mood === '' && row.pull === '' ? (
                  <td colSpan={2} class="chart-none">
                    No check-in
                  </td>
                ) : (
                  <>
                    <td>{row.mood}</td>
                    <td>{row.pull}</td>
                  </>
                )}
                <td>{row.contact}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
