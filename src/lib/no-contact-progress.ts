import { addDays, daysBetween, type IsoDate } from './calendar-date';
import type { Plan } from './no-contact-plan';
import { stageFor, type Stage } from './no-contact-stages';

/** Where the reader stands in their period on a given day. */
export interface Progress {
  /** Days since the last contact: 0 on that day, never negative, not capped at `total`. */
  day: number;
  /** The period's length in days. */
  total: number;
  /** Days until the period ends, never negative. */
  daysLeft: number;
  /** The day the period ends: the last contact plus `total` days. */
  endDate: IsoDate;
  /** `day / total`, clamped to 0–1. */
  fraction: number;
  /** The stage the reader is in. */
  stage: Stage;
  /** True from the end date on. */
  finished: boolean;
}

/**
 * Where `plan` stands on `today`. A last contact after `today` (the device's
 * clock or time zone changed) counts as day 0.
 * @throws RangeError when `today` or `plan.lastContact` is not an {@link IsoDate}
 *   or `plan.lengthDays` is outside the plan's `LENGTH_RANGE`.
 */
export function progress(plan: Plan, today: IsoDate): Progress {
  const total = plan.lengthDays;
  const day = Math.max(0, daysBetween(plan.lastContact, today));
  return {
    day,
    total,
    daysLeft: Math.max(0, total - day),
    endDate: addDays(plan.lastContact, total),
    fraction: Math.min(1, day / total),
    stage: stageFor(day, total),
    finished: day >= total,
  };
}
