import { useStore } from '../shared/use-store';
import { $includeReminder, $includeStages, exportCalendar, setIncludeReminder, setIncludeStages } from './forms';
import type { PartProps } from './parts';

/** "Add it to your calendar": a calendar file of the plan's milestones, made on this device. */
export function CalendarExport({ id, H }: PartProps) {
  const includeStages = useStore($includeStages, false);
  const includeReminder = useStore($includeReminder, false);
  return (
    <section class="calendar" aria-labelledby={id('calendar-title')}>
      <H id={id('calendar-title')}>Add it to your calendar</H>
      <p>
        A calendar file made on this device, with the end of your no-contact period as an all-day event. Each event says only “Day 30: a
        milestone”, never what you are counting and never your notes.
      </p>
      <label class="check">
        <input type="checkbox" checked={includeStages} onChange={(e) => setIncludeStages(e.currentTarget.checked)} />
        Include the start of each stage
      </label>
      <label class="check">
        <input type="checkbox" checked={includeReminder} onChange={(e) => setIncludeReminder(e.currentTarget.checked)} />
        Add a daily reminder at 8 pm to check in with yourself, until your no-contact period ends
      </label>
      <p class="warning">Calendars often sync to other devices, and people who share yours may see event titles.</p>
      <button type="button" onClick={() => void exportCalendar()}>
        Add to calendar (.ics)
      </button>
    </section>
  );
}
