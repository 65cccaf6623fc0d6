import { z } from 'astro/zod';
import { PLAN_HELP, PLAN_LENGTH, planDayProblems, PROMPT_MAX_LENGTH, PROMPT_TITLES, type PromptKind } from './plan-core';
import { SLUG_PATTERN } from './read-progress';

// The plan's schema lives apart from its reader (day-plan.ts) so that a page
// showing today's step does not ship Zod to the browser.

/** A prompt of kind `kind`: its text, within that kind's length limit, and the chapter it comes from. */
function promptSchema(kind: PromptKind) {
  const max = PROMPT_MAX_LENGTH[kind];
  return z.strictObject({
    /** What the reader sees under the prompt's heading: plain text, trimmed, never empty, at most {@link PROMPT_MAX_LENGTH} characters. */
    text: z
      .string()
      .trim()
      .min(1, `"${PROMPT_TITLES[kind]}" is empty`)
      .max(max, `Keep "${PROMPT_TITLES[kind]}" to ${max} characters or fewer`),
    /** Slug of the chapter the prompt comes from (`content/chapters/<slug>.mdx`); the prompt links to it. Checked to exist when pages are built. */
    chapter: z.string().regex(SLUG_PATTERN, 'Use a chapter slug: lower-case words joined by hyphens, like "absence"'),
  });
}

/** One day of the plan. */
export const planDaySchema = z.strictObject({
  /** The day of the no-contact count this entry is for: 1 is the first day after the last contact. */
  day: z.number().int().min(1).max(PLAN_LENGTH),
  /** "What's happening": where the reader probably is today, in a sentence or two. */
  happening: promptSchema('happening'),
  /** "One thing to do": one small, concrete step for today. */
  todo: promptSchema('todo'),
  /** "If you want to write": one short, time-limited question or sentence starter. */
  write: promptSchema('write'),
  /** The `/help/` section to link beside the day, for a day that speaks of danger, crisis or lasting low mood. */
  help: z.enum(PLAN_HELP).optional(),
});

/** The whole plan: `content/plan/days.yaml`. Every day from 1 to {@link PLAN_LENGTH} exactly once, in order. */
export const planSchema = z
  .strictObject({
    /** The days, from day 1 to day {@link PLAN_LENGTH}, in order. */
    days: z.array(planDaySchema),
  })
  .superRefine(({ days }, ctx) => {
    for (const message of planDayProblems(days.map((d) => d.day))) {
      ctx.addIssue({ code: 'custom', message, path: ['days'] });
    }
  });

/** A parsed plan. */
export type Plan = z.infer<typeof planSchema>;
/** A parsed plan day. */
export type PlanDay = z.infer<typeof planDaySchema>;
/** A parsed prompt: its text and the chapter it comes from. */
export type PlanPrompt = PlanDay[PromptKind];
