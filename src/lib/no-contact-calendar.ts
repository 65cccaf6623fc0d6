import { addDays, type IsoDate } from './calendar-date';
import type { IcsEvent } from './ics';
import type { Plan } from './no-contact-plan';
import { stages } from './no-contact-stages';

/** A calendar reminder for a milestone, free of anything the reader wrote. */
export interface MilestoneEvent {
  /** The day of the milestone. */
  date: IsoDate;
  /** A short, discreet title. */
  title: string;
  /** The stage's advice. */
  description: string;
  /** Stable for the same last contact and stage, so re-exporting the same plan gives the same ids. */
  id: string;
}

/**
 * Calendar reminders for `plan`, in date order: the start of each stage after
 * day 0 when `includeStages`, and always the end of the period. Built only
 * from dates and the guide's own text, never from slip notes.
 * @throws RangeError when `plan.lastContact` is not an {@link IsoDate} or
 *   `plan.lengthDays` is outside the plan's `LENGTH_RANGE`.
 */
export function milestoneEvents(plan: Plan, includeStages: boolean): MilestoneEvent[] {
  const total = plan.lengthDays;
  return stages(total)
    .filter((stage) => stage.startDay > 0 && (includeStages || stage.id === 'done'))
    .map((stage) => ({
      date: addDays(plan.lastContact, stage.startDay),
      title: `Day ${stage.startDay} of ${total}: ${stage.title}`,
      description: stage.advice,
      id: `no-contact-${plan.lastContact}-${stage.id}`,
    }));
}

/**
 * The {@link milestoneEvents} of `plan` as all-day calendar events for
 * `buildIcs`, each UID the milestone's id scoped to this site.
 * @throws RangeError as {@link milestoneEvents} does.
 */
export function milestoneIcsEvents(plan: Plan, includeStages: boolean): IcsEvent[] {
  return milestoneEvents(plan, includeStages).map((event) => ({
    uid: `${event.id}@after-the-breakup`,
    date: event.date,
    summary: event.title,
    description: event.description,
  }));
}
