import { getCollection } from 'astro:content';
import { checkPlanChapters, type PlanDay } from '~/lib/day-plan';
import { getChapters } from './chapters';

/**
 * The day-by-day plan's days, from day 1 to day 60 in order (the schema has
 * checked the days and the lengths).
 * @throws Error (failing the build) when `content/plan/days.yaml` is missing, or
 * when a prompt names a chapter that does not exist.
 */
export async function getPlanDays(): Promise<PlanDay[]> {
  const [entries, chapters] = await Promise.all([getCollection('plan'), getChapters()]);
  const entry = entries.find((e) => e.id === 'days');
  if (!entry) throw new Error('The day-by-day plan is missing: expected content/plan/days.yaml');
  const problems = checkPlanChapters(
    entry.data.days,
    chapters.map((c) => c.slug),
  );
  if (problems.length) {
    throw new Error(`${entry.filePath ?? 'content/plan/days.yaml'} refers to chapters that do not exist:\n${problems.join('\n')}`);
  }
  return entry.data.days;
}
