import type { HelpSection } from './help';

// The shape of the day-by-day plan that both the schema (plan-schema.ts) and the
// plan's reader (day-plan.ts) build on. It holds no Zod, so a page that only
// shows the plan does not ship Zod to the browser: core ← schema ← reader.

/** Days in the plan: one entry for each day from 1 to this, counted from the day of last contact (day 0). */
export const PLAN_LENGTH = 60;

/** The three prompts of a plan day, in the order they are shown. */
export const PROMPT_KINDS = ['happening', 'todo', 'write'] as const;

/** One of {@link PROMPT_KINDS}. */
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** Each prompt's heading, as the reader sees it. */
export const PROMPT_TITLES: Readonly<Record<PromptKind, string>> = {
  happening: 'What’s happening',
  todo: 'One thing to do',
  write: 'If you want to write',
};

/**
 * The longest text of each prompt, in characters (UTF-16 code units, after
 * trimming). Short on purpose: a glance on a phone, and for the writing prompt a
 * small, structured task rather than an open page (research notes, rows 5–7).
 */
export const PROMPT_MAX_LENGTH: Readonly<Record<PromptKind, number>> = {
  happening: 220,
  todo: 160,
  write: 160,
};

/** The sections of `/help/` a plan day may point to (see {@link HelpSection}). */
export const PLAN_HELP = ['danger', 'crisis', 'struggling'] as const satisfies readonly HelpSection[];

/**
 * Problems with the day numbers of a plan, given in file order: each day from 1
 * to {@link PLAN_LENGTH} must appear exactly once, and in order. Every message
 * names the day, so a failing build says which entry to fix. Empty when all is well.
 */
export function planDayProblems(days: readonly number[]): string[] {
  const problems: string[] = [];
  const count = new Map<number, number>();
  for (const day of days) {
    if (!Number.isInteger(day) || day < 1 || day > PLAN_LENGTH) {
      problems.push(`Day ${day} is outside the plan, which runs from day 1 to day ${PLAN_LENGTH}`);
    } else {
      count.set(day, (count.get(day) ?? 0) + 1);
    }
  }
  for (let day = 1; day <= PLAN_LENGTH; day++) {
    const times = count.get(day) ?? 0;
    if (times === 0) problems.push(`Day ${day} is missing`);
    if (times > 1) problems.push(`Day ${day} appears ${times} times; each day needs exactly one entry`);
  }
  if (problems.length) return problems;
  days.forEach((day, i) => {
    if (day !== i + 1) problems.push(`Day ${day} is entry ${i + 1}; list the days in order, from day 1`);
  });
  return problems;
}
