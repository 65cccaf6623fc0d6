import { buildIcs } from '~/lib/ics';
import type { IsoDate } from '~/lib/calendar-date';
import { CALENDAR_TEXT, dailyReminder, DISCREET_CALENDAR, discreetEvents, milestoneIcsEvents } from '~/lib/no-contact-calendar';
import type { Plan } from '~/lib/no-contact-plan';
import { download } from '../shared/download';

/** What goes into the calendar file besides the end of the period. */
export interface CalendarChoices {
  /** The start of each stage as well. */
  stages: boolean;
  /** A daily reminder at 8 pm from this day until the end of the period, or none. */
  reminderFrom: IsoDate | undefined;
  /** The file's creation time (its DTSTAMP). */
  now: Date;
  /** Discreet mode: every event called "Reminder", and a file and calendar name that say nothing. */
  discreet?: boolean;
}

/**
 * The plan's calendar file: its name, text and type. A module of its own, loaded on the
 * first download, so the tracker page does not carry the `.ics` writer (or the download
 * helper) for a button few press.
 */
export function calendarFile(plan: Plan, { stages, reminderFrom, now, discreet = false }: CalendarChoices) {
  const reminder = reminderFrom ? dailyReminder(plan, reminderFrom) : undefined;
  const events = [...milestoneIcsEvents(plan, stages), ...(reminder ? [reminder] : [])];
  const type = 'text/calendar;charset=utf-8';
  if (discreet) {
    const text = buildIcs(discreetEvents(events), {
      dtstamp: now,
      calendarName: DISCREET_CALENDAR.calendarName,
      prodId: DISCREET_CALENDAR.prodId,
    });
    return { name: DISCREET_CALENDAR.fileName, text, type };
  }
  const text = buildIcs(events, { dtstamp: now, calendarName: CALENDAR_TEXT.calendarName });
  return { name: CALENDAR_TEXT.fileName, text, type };
}

/** Makes the plan's calendar file and hands it to the browser as a download. */
export function saveCalendarFile(plan: Plan, choices: CalendarChoices): void {
  const file = calendarFile(plan, choices);
  download(file.name, file.text, file.type);
}
