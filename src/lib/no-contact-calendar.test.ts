import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics';
import {
  CALENDAR_TEXT,
  dailyReminder,
  DISCREET_CALENDAR,
  discreetEvents,
  milestoneEvents,
  milestoneIcsEvents,
  REMINDER_MINUTES,
} from './no-contact-calendar';
import { example, planArb, RUNS } from './no-contact-fixtures';
import type { Plan } from './no-contact-plan';
import { logSlip } from './no-contact-slips';

describe('milestoneEvents', () => {
  it('always gives the end of the period', () => {
    expect(milestoneEvents(example, false)).toEqual([
      {
        date: '2026-12-04',
        title: 'Day 45: a milestone',
        description: CALENDAR_TEXT.done,
        id: 'no-contact-2026-10-20-done',
      },
    ]);
  });

  it('adds the start of each stage after day 0 when asked', () => {
    const events = milestoneEvents(example, true);
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2026-10-22', 'Day 2: a milestone'],
      ['2026-10-25', 'Day 5: a milestone'],
      ['2026-10-27', 'Day 7: a milestone'],
      ['2026-12-04', 'Day 45: a milestone'],
    ]);
    expect(events.map((e) => e.description)).toEqual([CALENDAR_TEXT.stage, CALENDAR_TEXT.stage, CALENDAR_TEXT.stage, CALENDAR_TEXT.done]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('never says what it counts, for any plan: calendars sync and are seen by others', () => {
    const telling = /\b(ex|exes|partner|contact|breakup|break-up|relationship|them|they)\b/i;
    for (const text of Object.values(CALENDAR_TEXT)) {
      if (typeof text === 'string') expect(text).not.toMatch(telling);
    }
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, includeStages) => {
        for (const event of milestoneEvents(plan, includeStages)) {
          expect(event.title).not.toMatch(telling);
          expect(event.description).not.toMatch(telling);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never contains a slip note', () => {
    const secret = 'I still love you, Sam';
    const plan = logSlip(logSlip(example, '2026-11-01', secret), '2026-11-02', `${secret} (again)`);
    const text = JSON.stringify([milestoneEvents(plan, true), milestoneEvents(plan, false)]);
    expect(text).not.toContain('Sam');
    expect(text).not.toContain('love');
  });

  it('depends on the dates and length only, never on what the reader wrote', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, includeStages) => {
        const withoutNotes: Plan = {
          ...plan,
          slips: plan.slips.map(({ date, dayReached, previousLastContact }) => ({ date, dayReached, previousLastContact })),
        };
        expect(milestoneEvents(plan, includeStages)).toEqual(milestoneEvents(withoutNotes, includeStages));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('milestoneIcsEvents', () => {
  it('gives each milestone as an all-day event with a UID scoped to the site', () => {
    expect(milestoneIcsEvents(example, true)).toEqual(
      milestoneEvents(example, true).map((event) => ({
        uid: `${event.id}@after-the-breakup`,
        date: event.date,
        summary: event.title,
        description: event.description,
      })),
    );
  });

  it.each([
    // lastContact, lengthDays, the end's date, its UID
    ['2026-10-20', 45, '2026-12-04', 'no-contact-2026-10-20-done@after-the-breakup'],
    ['2024-02-29', 21, '2024-03-21', 'no-contact-2024-02-29-done@after-the-breakup'],
    ['2026-12-31', 365, '2027-12-31', 'no-contact-2026-12-31-done@after-the-breakup'],
  ] as const)('a plan from %s of %i days ends on %s', (lastContact, lengthDays, date, uid) => {
    expect(milestoneIcsEvents({ lastContact, lengthDays, slips: [] }, false)).toMatchObject([{ uid, date }]);
  });

  it('gives unique UIDs, from the dates and length only', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, includeStages) => {
        const events = milestoneIcsEvents(plan, includeStages);
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        expect(events).toEqual(milestoneIcsEvents({ ...plan, slips: [] }, includeStages));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('dailyReminder', () => {
  const plan: Plan = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };

  it('runs from today to the last day of the period, at 8 pm, in discreet words', () => {
    expect(dailyReminder(plan, '2026-11-27')).toEqual({
      uid: 'no-contact-2026-10-20-daily-2026-11-27@after-the-breakup',
      date: '2026-11-27',
      summary: 'A minute for yourself',
      description: CALENDAR_TEXT.reminderNote,
      dailyCount: 8, // 27 November to 4 December
      alarmMinutes: REMINDER_MINUTES,
    });
    expect(REMINDER_MINUTES).toBe(1200);
  });

  it('starts on day 1 when the plan starts today, and stops once the period is over', () => {
    expect(dailyReminder(plan, '2026-10-20')).toMatchObject({ date: '2026-10-21', dailyCount: 45 });
    expect(dailyReminder(plan, '2026-12-04')).toMatchObject({ date: '2026-12-04', dailyCount: 1 });
    expect(dailyReminder(plan, '2026-12-05')).toBeUndefined();
  });

  it('never says what is being counted', () => {
    expect(`${CALENDAR_TEXT.reminder} ${CALENDAR_TEXT.reminderNote}`).not.toMatch(/\b(ex|contact|breakup|text)\b/i);
  });
});

describe('discreetEvents', () => {
  it('names every event "Reminder" and leaves nothing that names the site or the plan', () => {
    const plan = example;
    const reminder = dailyReminder(plan, '2026-11-27')!;
    const events = discreetEvents([...milestoneIcsEvents(plan, true), reminder]);
    const ics = buildIcs(events, {
      dtstamp: new Date(Date.UTC(2026, 10, 27)),
      calendarName: DISCREET_CALENDAR.calendarName,
      prodId: DISCREET_CALENDAR.prodId,
    });
    expect(events.map((e) => e.summary)).toEqual(events.map(() => 'Reminder'));
    expect(events.map((e) => e.date)).toEqual([...milestoneIcsEvents(plan, true), reminder].map((e) => e.date));
    expect(events.at(-1)).toMatchObject({ dailyCount: reminder.dailyCount, alarmMinutes: reminder.alarmMinutes });
    expect(ics).not.toMatch(/contact|breakup|milestone|day \d/i);
    expect(DISCREET_CALENDAR.fileName).toBe('reminders.ics');
  });
});
