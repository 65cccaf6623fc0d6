import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanChapters, PLAN_HELP, PLAN_LENGTH, type PlanDay, planDayChapters, planDayFor, planDayNumber } from './day-plan';
import { HELP_SECTIONS } from './help';
import { planDayProblems } from './plan-core';
import { planSchema } from './plan-schema';

/** A valid plan day `day`, every prompt from `chapter`. */
function entry(day: number, chapter = 'absence'): PlanDay {
  return {
    day,
    happening: { text: `Day ${day} happening.`, chapter },
    todo: { text: `Day ${day} step.`, chapter },
    write: { text: `Five minutes: day ${day}?`, chapter },
  };
}

/** Days 1 to {@link PLAN_LENGTH}, in order. */
const fullPlan = (): PlanDay[] => Array.from({ length: PLAN_LENGTH }, (_, i) => entry(i + 1));

/** The messages of a failed parse, or [] when it passes. */
function problems(input: unknown): string[] {
  const result = planSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('planDayProblems', () => {
  const oneToSixty = fullPlan().map((d) => d.day);

  it.each([
    ['all sixty days in order', oneToSixty, []],
    ['no days', [], Array.from({ length: PLAN_LENGTH }, (_, i) => `Day ${i + 1} is missing`)],
    ['day 14 left out', oneToSixty.filter((d) => d !== 14), ['Day 14 is missing']],
    [
      'day 14 written twice in place of day 15',
      oneToSixty.map((d) => (d === 15 ? 14 : d)),
      ['Day 14 appears 2 times; each day needs exactly one entry', 'Day 15 is missing'],
    ],
    ['a day 61', [...oneToSixty, 61], ['Day 61 is outside the plan, which runs from day 1 to day 60']],
    ['a day 0', [0, ...oneToSixty], ['Day 0 is outside the plan, which runs from day 1 to day 60']],
    ['a day 1.5', [...oneToSixty, 1.5], ['Day 1.5 is outside the plan, which runs from day 1 to day 60']],
    [
      'days 14 and 15 swapped',
      oneToSixty.map((d) => (d === 14 ? 15 : d === 15 ? 14 : d)),
      ['Day 15 is entry 14; list the days in order, from day 1', 'Day 14 is entry 15; list the days in order, from day 1'],
    ],
  ] as const)('%s', (_, days, expected) => {
    expect(planDayProblems(days)).toEqual(expected);
  });
});

describe('planSchema', () => {
  it('accepts a complete plan and trims its text', () => {
    const plan = fullPlan();
    plan[0] = { ...entry(1), todo: { text: '  Breathe.  ', chapter: 'after-the-breakup' }, help: 'danger' };
    const parsed = planSchema.parse({ days: plan });
    expect(parsed.days).toHaveLength(PLAN_LENGTH);
    expect(parsed.days[0]?.todo.text).toBe('Breathe.');
    expect(parsed.days[0]?.help).toBe('danger');
  });

  it('fails naming the day that is missing', () => {
    expect(problems({ days: fullPlan().filter((d) => d.day !== 31) })).toEqual(['Day 31 is missing']);
  });

  it('fails naming a day given twice', () => {
    const days = fullPlan().map((d) => (d.day === 8 ? entry(7) : d));
    expect(problems({ days })).toEqual(['Day 7 appears 2 times; each day needs exactly one entry', 'Day 8 is missing']);
  });

  it('fails on a day outside 1–60', () => {
    expect(problems({ days: [...fullPlan(), entry(61)] })).not.toEqual([]);
  });

  it.each([
    ['happening', 220, 'What’s happening'],
    ['todo', 160, 'One thing to do'],
    ['write', 160, 'If you want to write'],
  ] as const)('keeps "%s" to %i characters', (kind, max, title) => {
    const at = fullPlan();
    at[4] = { ...entry(5), [kind]: { text: 'a'.repeat(max), chapter: 'absence' } };
    expect(problems({ days: at })).toEqual([]);
    const over = fullPlan();
    over[4] = { ...entry(5), [kind]: { text: 'a'.repeat(max + 1), chapter: 'absence' } };
    expect(problems({ days: over })).toEqual([`Keep "${title}" to ${max} characters or fewer`]);
  });

  it('fails on an empty or blank prompt', () => {
    const days = fullPlan();
    days[2] = { ...entry(3), write: { text: '   ', chapter: 'absence' } };
    expect(problems({ days })).toEqual(['"If you want to write" is empty']);
  });

  it.each([
    ['a chapter that is not a slug', { ...entry(2), todo: { text: 'Walk.', chapter: 'Absence Chapter' } }],
    ['a prompt without its chapter', { ...entry(2), todo: { text: 'Walk.' } }],
    ['a day without a prompt', { day: 2, happening: entry(2).happening, todo: entry(2).todo }],
    ['an unknown key on a day', { ...entry(2), mood: 'calm' }],
    ['an unknown key on a prompt', { ...entry(2), todo: { text: 'Walk.', chapter: 'absence', link: '/x/' } }],
    ['an unknown help section', { ...entry(2), help: 'police' }],
    ['a day that is not a whole number', { ...entry(2), day: '2' }],
  ])('fails on %s', (_, bad) => {
    const days: unknown[] = fullPlan();
    days[1] = bad;
    expect(problems({ days }).length).toBeGreaterThan(0);
  });

  it('fails on an unknown top-level key', () => {
    expect(problems({ days: fullPlan(), weeks: [] }).length).toBeGreaterThan(0);
  });

  it('offers exactly the sections of the help page', () => {
    expect([...PLAN_HELP].sort()).toEqual(Object.keys(HELP_SECTIONS).sort());
  });
});

describe('planDayNumber', () => {
  it.each([
    [-5, 1],
    [0, 1],
    [1, 1],
    [2, 2],
    [30, 30],
    [59, 59],
    [60, 60],
    [61, 60],
    [365, 60],
  ])('shows day %i of the count as plan day %i', (count, day) => {
    expect(planDayNumber(count)).toBe(day);
  });

  it.each([Number.NaN, 1.5, Number.POSITIVE_INFINITY])('throws on %s', (count) => {
    expect(() => planDayNumber(count)).toThrow(RangeError);
  });
});

describe('planDayFor', () => {
  const days = fullPlan();

  it("shows day 1's entry on the day of last contact and the day after", () => {
    expect(planDayFor(days, 0).day).toBe(1);
    expect(planDayFor(days, 1).day).toBe(1);
  });

  it("shows each day's own entry within the plan, and day 60's after it", () => {
    expect(planDayFor(days, 14)).toBe(days[13]);
    expect(planDayFor(days, 60)).toBe(days[59]);
    expect(planDayFor(days, 90)).toBe(days[59]);
  });

  it('finds the entry whatever the order of the list', () => {
    const shuffled = [...days].reverse();
    expect(planDayFor(shuffled, 7)).toBe(days[6]);
  });

  it('always returns the entry for the count clamped to 1–60', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (count) => {
        expect(planDayFor(days, count).day).toBe(Math.min(Math.max(count, 1), PLAN_LENGTH));
      }),
    );
  });

  it('throws when the plan lacks the day', () => {
    expect(() => planDayFor(days.slice(0, 10), 11)).toThrow('The plan has no entry for day 11');
    expect(() => planDayFor(days, 2.5)).toThrow(RangeError);
  });
});

describe('planDayChapters', () => {
  it('lists each chapter once, in the order the prompts are shown', () => {
    const day: PlanDay = {
      ...entry(9),
      happening: { text: 'a', chapter: 'happiness' },
      todo: { text: 'b', chapter: 'looking-after-yourself' },
      write: { text: 'c', chapter: 'happiness' },
    };
    expect(planDayChapters(day)).toEqual(['happiness', 'looking-after-yourself']);
    expect(planDayChapters(entry(3))).toEqual(['absence']);
  });
});

describe('checkPlanChapters', () => {
  it('is empty when every chapter exists', () => {
    expect(checkPlanChapters(fullPlan(), ['absence'])).toEqual([]);
  });

  it('names the day and the prompt of each unknown chapter', () => {
    const days = [{ ...entry(4), todo: { text: 'Walk.', chapter: 'walking' } }, entry(5, 'gone')];
    expect(checkPlanChapters(days, ['absence'])).toEqual([
      'Day 4: "todo" names chapter "walking", which does not exist',
      'Day 5: "happening" names chapter "gone", which does not exist',
      'Day 5: "todo" names chapter "gone", which does not exist',
      'Day 5: "write" names chapter "gone", which does not exist',
    ]);
  });
});
