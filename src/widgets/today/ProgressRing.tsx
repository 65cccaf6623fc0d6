import { ringGeometry } from '~/lib/today-view';

interface Props {
  /** How far through the plan, 0–1. */
  fraction: number;
  /** The big figure in the middle: the day number. */
  day: number;
  /** The plan's length in days. */
  total: number;
  /** The id of the element that names the ring (its text equivalent). */
  labelId: string;
}

const SIZE = 132;
const STROKE = 12;

/**
 * Day N of M as a ring: an SVG named by the text beside it, so a screen
 * reader hears the same words a sighted reader sees. Colours come from the
 * theme's custom properties, so it follows light and dark.
 */
export function ProgressRing({ fraction, day, total, labelId }: Props) {
  const ring = ringGeometry(fraction, SIZE, STROKE);
  const c = SIZE / 2;
  return (
    <svg class="ring" viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-labelledby={labelId}>
      <circle class="ring-track" cx={c} cy={c} r={ring.radius} fill="none" stroke-width={STROKE} />
      {ring.filled > 0 && (
        <circle
          class="ring-fill"
          cx={c}
          cy={c}
          r={ring.radius}
          fill="none"
          stroke-width={STROKE}
          stroke-linecap="round"
          stroke-dasharray={ring.dashArray}
          transform={`rotate(-90 ${c} ${c})`}
        />
      )}
      <text class="ring-day" x={c} y={c - 4} text-anchor="middle" dominant-baseline="middle" aria-hidden="true">
        {day}
      </text>
      <text class="ring-total" x={c} y={c + 24} text-anchor="middle" dominant-baseline="middle" aria-hidden="true">
        of {total}
      </text>
    </svg>
  );
}
