import { PLAN_LENGTH, PROMPT_KINDS } from './plan-core';
import type { PlanDay } from './plan-schema';

// Re-exported so that a page showing today's step needs one import.
export { PLAN_HELP, PLAN_LENGTH, PROMPT_KINDS, PROMPT_MAX_LENGTH, PROMPT_TITLES } from './plan-core';
export type { PromptKind } from './plan-core';
export type { Plan, PlanDay, PlanPrompt } from './plan-schema';

/**
 * The plan day to show on day `dayCount` of a no-contact count (days since the
 * last contact, as the tracker counts them). Day 0, the day of last contact,
 * shows day 1: the plan's first step is meant for that evening as much as the
 * morning after. Days past the plan show its last day, the end of the period,
 * until the reader decides what comes next.
 * @throws RangeError when `dayCount` is not a whole number.
 */
export function planDayNumber(dayCount: number): number {
  if (!Number.isInteger(dayCount)) throw new RangeError(`A day count is a whole number of days, got ${dayCount}`);
  return Math.min(Math.max(dayCount, 1), PLAN_LENGTH);
}

/**
 * The entry of `days` for day `dayCount` of a no-contact count, by
 * {@link planDayNumber}: day 1's entry on days 0 and 1, day 60's from day 60 on.
 * `days` may be in any order.
 * @throws RangeError when `dayCount` is not a whole number, or when `days` has no
 * entry for that day (a plan that did not pass the schema).
 */
export function planDayFor(days: readonly PlanDay[], dayCount: number): PlanDay {
  const day = planDayNumber(dayCount);
  const entry = days.find((d) => d.day === day);
  if (!entry) throw new RangeError(`The plan has no entry for day ${day}`);
  return entry;
}

/** The chapters a day's prompts come from, each once, in the order the prompts are shown. */
export function planDayChapters(day: PlanDay): string[] {
  return [...new Set(PROMPT_KINDS.map((kind) => day[kind].chapter))];
}

/**
 * Problems with the chapters a plan names: every prompt's chapter must be one of
 * `chapterSlugs`. Each message names the day and the prompt. Empty when all exist.
 */
export function checkPlanChapters(days: readonly PlanDay[], chapterSlugs: readonly string[]): string[] {
  const known = new Set(chapterSlugs);
  return days.flatMap((day) =>
    PROMPT_KINDS.filter((kind) => !known.has(day[kind].chapter)).map(
      (kind) => `Day ${day.day}: "${kind}" names chapter "${day[kind].chapter}", which does not exist`,
    ),
  );
}
