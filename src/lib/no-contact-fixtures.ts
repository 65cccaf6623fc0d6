import fc from 'fast-check';
import { addDays, type IsoDate } from './calendar-date';
import { LENGTH_RANGE, type Plan } from './no-contact-plan';
import { logSlip } from './no-contact-slips';

// Shared by the no-contact unit tests; nothing outside *.test.ts imports this.

/** numRuns of each fast-check property. */
export const RUNS = 500;

/** The worked example: 45 days from Tuesday 20 October 2026, no slips. */
export const example: Plan = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };

/** The worked example's today: Friday 27 November 2026, day 38. */
export const TODAY: IsoDate = '2026-11-27';

/** A valid plan reached by logging 0–5 slips, with or without notes, after some start date. */
export const planArb = fc
  .record({
    start: fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n)),
    lengthDays: fc.integer({ min: LENGTH_RANGE.min, max: LENGTH_RANGE.max }),
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 200 }), note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }) }),
      { maxLength: 5 },
    ),
  })
  .map(({ start, lengthDays, steps }) =>
    steps.reduce<Plan>((plan, { gap, note }) => logSlip(plan, addDays(plan.lastContact, gap), note), {
      lastContact: start,
      lengthDays,
      slips: [],
    }),
  );
