import { addDays, daysBetween, type IsoDate } from './calendar-date';
import type { IcsEvent } from './ics';
import type { Plan } from './no-contact-plan';
import { stages } from './no-contact-stages';

/**
 * The words a calendar file holds. Calendars sync to other devices and are
 * often shared, so nothing here says what the days are counting: no ex, no
 * contact, no breakup.
 */
export const CALENDAR_TEXT = {
  /** The title of a milestone on `day`. */
  title: (day: number) => `Day ${day}: a milestone`,
  /** The note of each milestone before the last. */
  stage: 'A new stage of your plan starts today. Go gently.',
  /** The note of the last day. */
  done: 'You reached the end of the period you chose. Take a quiet moment before you decide anything.',
  /** The daily reminder's title and note: nothing about what is being counted. */
  reminder: 'A minute for yourself',
  reminderNote: 'Take a minute to notice how you feel today. Go gently.',
  /** The calendar's name, which many apps show on import. */
  calendarName: 'Milestones',
  /** The downloaded file's name. */
  fileName: 'milestones.ics',
} as const;

/**
 * The calendar file in discreet mode (src/lib/discreet.ts): every event is a
 * plain "Reminder", and neither the file nor its ids name the site or the plan.
 */
export const DISCREET_CALENDAR = {
  /** Every event's title and note. */
  title: 'Reminder',
  calendarName: 'Reminders',
  fileName: 'reminders.ics',
  prodId: '-//Notes//Reminders//EN',
} as const;

/** `events` as discreet mode writes them: titled and described "Reminder", with ids that name nothing; dates and alerts unchanged. */
export function discreetEvents(events: readonly IcsEvent[]): IcsEvent[] {
  return events.map((event) => ({
    ...event,
    uid: event.uid.replace(/^no-contact-/, 'reminder-').replace(/@after-the-breakup$/, '@notes'),
    summary: DISCREET_CALENDAR.title,
    description: DISCREET_CALENDAR.title,
  }));
}

/** A calendar reminder for a milestone, free of anything the reader wrote and of anything that says what it counts. */
export interface MilestoneEvent {
  /** The day of the milestone. */
  date: IsoDate;
  /** A short, discreet title: {@link CALENDAR_TEXT}'s. */
  title: string;
  /** A short, discreet note: {@link CALENDAR_TEXT}'s. */
  description: string;
  /** Stable for the same last contact and stage, so re-exporting the same plan gives the same ids. */
  id: string;
}

/**
 * Calendar reminders for `plan`, in date order: the start of each stage after
 * day 0 when `includeStages`, and always the end of the period. Built only
 * from dates and {@link CALENDAR_TEXT}, never from slip notes.
 * @throws RangeError when `plan.lastContact` is not an {@link IsoDate} or
 *   `plan.lengthDays` is outside the plan's `LENGTH_RANGE`.
 */
export function milestoneEvents(plan: Plan, includeStages: boolean): MilestoneEvent[] {
  const total = plan.lengthDays;
  return stages(total)
    .filter((stage) => stage.startDay > 0 && (includeStages || stage.id === 'done'))
    .map((stage) => ({
      date: addDays(plan.lastContact, stage.startDay),
      title: CALENDAR_TEXT.title(stage.startDay),
      description: stage.id === 'done' ? CALENDAR_TEXT.done : CALENDAR_TEXT.stage,
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

/** When the daily reminder goes off: minutes after the start of the day (8 pm). */
export const REMINDER_MINUTES = 20 * 60;

/**
 * A daily reminder from `today` (or day 1 of the plan, if later) to the last
 * day of the period, as one repeating all-day event with an 8 pm alert; none
 * once the period has ended. Its id is stable for the same plan and first day.
 * @throws RangeError when a date is not an {@link IsoDate}.
 */
export function dailyReminder(plan: Plan, today: IsoDate): IcsEvent | undefined {
  const end = addDays(plan.lastContact, plan.lengthDays);
  const first = daysBetween(plan.lastContact, today) >= 1 ? today : addDays(plan.lastContact, 1);
  const count = daysBetween(first, end) + 1;
  if (count < 1) return undefined;
  return {
    uid: `no-contact-${plan.lastContact}-daily-${first}@after-the-breakup`,
    date: first,
    summary: CALENDAR_TEXT.reminder,
    description: CALENDAR_TEXT.reminderNote,
    dailyCount: count,
    alarmMinutes: REMINDER_MINUTES,
  };
}
