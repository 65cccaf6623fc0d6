import fc from 'fast-check';
import { addDays } from './calendar-date';
import { cleanCheckInNote, CONTACT_KINDS, MAX_CHECK_IN_NOTE, type CheckIn } from './check-ins';

// Shared by the check-in unit tests; nothing outside *.test.ts imports this.

/** Any valid check-in on a day of 2026 (which has month ends and both clock changes). */
export const checkInArb = fc
  .record(
    {
      date: fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n)),
      mood: fc.integer({ min: 1, max: 5 }),
      pull: fc.integer({ min: 0, max: 10 }),
      contact: fc.constantFrom(...CONTACT_KINDS),
      note: fc.string({ maxLength: 160 }).map(cleanCheckInNote),
    },
    { requiredKeys: ['date', 'mood', 'pull', 'contact'] },
  )
  .map((c): CheckIn => {
    const { note, ...rest } = c;
    return note === undefined || note.length > MAX_CHECK_IN_NOTE ? rest : { ...rest, note };
  });
