import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example, RUNS, TODAY } from './no-contact-fixtures';
import {
  validateContactDate,
  BAD_DATE,
  BLANK_PLAN_FIELDS,
  checkPlanForm,
  checkSlipForm,
  customLengthNote,
  type LengthChoice,
  lengthNote,
  MAX_AGE_YEARS,
  planFields,
  type PlanFormInput,
  PRESET_LENGTHS,
  RULE_OF_THUMB,
  validateLastContact,
  validateLength,
  validateSlipDate,
} from './no-contact-form';
import { LENGTH_RANGE } from './no-contact-plan';
import { logSlip } from './no-contact-slips';

describe('constants', () => {
  it('match the guide', () => {
    expect(PRESET_LENGTHS).toEqual([30, 45, 60]);
    expect(LENGTH_RANGE).toEqual({ min: 21, max: 365 });
    expect(RULE_OF_THUMB).toEqual({ min: 30, max: 60 });
    expect(MAX_AGE_YEARS).toBe(5);
  });
});

const noBadWords = (message: string) => {
  expect(message).not.toMatch(/NaN|Invalid Date|undefined|null|\[object/);
};

describe('validateLastContact', () => {
  it.each([
    ['', 'Enter the date of your last contact.'],
    ['   ', 'Enter the date of your last contact.'],
    ['2026-02-30', 'There is no such date as 2026-02-30. Check the day and the month.'],
    ['2025-02-29', 'There is no such date as 2025-02-29. Check the day and the month.'],
    ['abc', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['20/10/2026', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-2-3', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-11-28', "Your last contact can't be in the future. Today is Friday 27 November 2026."],
    ['2031-01-01', "Your last contact can't be in the future. Today is Friday 27 November 2026."],
    ['2021-11-26', 'That is more than 5 years ago. Enter a date on or after 27 November 2021.'],
    ['0202-10-20', 'That is more than 5 years ago. Enter a date on or after 27 November 2021.'],
  ])('%j → %s', (input, error) => {
    expect(validateLastContact(input, TODAY)).toEqual({ ok: false, error });
  });

  it.each([
    ['2026-11-27', '2026-11-27'],
    ['2026-10-20', '2026-10-20'],
    [' 2026-10-20 ', '2026-10-20'],
    ['2021-11-27', '2021-11-27'],
    ['2024-02-29', '2024-02-29'],
  ])('accepts %j', (input, value) => {
    expect(validateLastContact(input, TODAY)).toEqual({ ok: true, value });
  });

  it('counts the five years in calendar years, from 29 February too', () => {
    expect(validateLastContact('2023-02-28', '2028-02-29').ok).toBe(true);
    expect(validateLastContact('2023-02-27', '2028-02-29').ok).toBe(false);
  });

  it('never shows a broken message', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = validateLastContact(input, TODAY);
        if (!result.ok) noBadWords(result.error);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('validateLength', () => {
  const EMPTY = 'Enter how many days you want your no-contact period to last.';
  const NOT_NUMBER = 'Enter the number of days in digits, for example 45.';
  const ZERO = 'A period needs at least one day. Choose between 21 and 365 days.';
  const NEGATIVE = "The number of days can't be negative. Choose between 21 and 365 days.";
  const FRACTION = 'Use whole days only, for example 45 rather than 45.5.';
  const SHORT = 'The guide asks for at least a month, so the tracker needs 21 days or more. Choose between 21 and 365 days.';
  const LONG = 'The tracker counts up to 365 days. Choose between 21 and 365 days.';
  it.each([
    ['', EMPTY],
    ['  ', EMPTY],
    ['abc', NOT_NUMBER],
    ['4e1', NOT_NUMBER],
    ['45 days', NOT_NUMBER],
    ['0x2d', NOT_NUMBER],
    ['+45', NOT_NUMBER],
    ['1,5', NOT_NUMBER],
    ['.5', NOT_NUMBER],
    ['Infinity', NOT_NUMBER],
    ['9'.repeat(309), LONG],
    ['9'.repeat(400), LONG],
    ['400.5', LONG],
    ['0', ZERO],
    ['-0', ZERO],
    ['0.0', ZERO],
    ['-5', NEGATIVE],
    ['-45.5', NEGATIVE],
    ['45.5', FRACTION],
    ['0.5', FRACTION],
    ['6', SHORT],
    ['1', SHORT],
    ['20', SHORT],
    ['366', LONG],
    ['99999999999999999999', LONG],
  ])('%j → %s', (input, error) => {
    expect(validateLength(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['21', 21],
    ['45', 45],
    [' 60 ', 60],
    ['365', 365],
    ['45.0', 45],
    ['021', 21],
  ])('accepts %j as %i', (input, value) => {
    expect(validateLength(input)).toEqual({ ok: true, value });
  });

  it('accepts every whole number in range and never shows a broken message', () => {
    fc.assert(
      fc.property(fc.integer({ min: LENGTH_RANGE.min, max: LENGTH_RANGE.max }), fc.string(), (days, junk) => {
        expect(validateLength(String(days))).toEqual({ ok: true, value: days });
        const result = validateLength(junk);
        if (!result.ok) noBadWords(result.error);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('lengthNote', () => {
  it.each([30, 45, 60])('says nothing about %i days', (days) => {
    expect(lengthNote(days)).toBeUndefined();
  });
  it.each([21, 29])('says plainly under 30 days that the guide asks for at least a month', (days) => {
    expect(lengthNote(days)).toBe(
      `The guide asks for at least a month (30 days) of no contact. You can use ${days} days as a first checkpoint, but plan to keep going until day 30 at least.`,
    );
  });
  it.each([61, 365])('notes that %i days is longer than the rule of thumb', (days) => {
    expect(lengthNote(days)).toMatch(/^That is longer than the guide’s rule of thumb of one to two months \(30 to 60 days\)/);
  });
});

describe('validateSlipDate', () => {
  it.each([
    ['', 'Enter the date you were in touch.'],
    ['nope', 'Enter the date as year, month and day, for example 2026-10-20.'],
    ['2026-11-31', 'There is no such date as 2026-11-31. Check the day and the month.'],
    ['2026-11-28', "That date can't be in the future. Today is Friday 27 November 2026."],
    ['2026-10-19', 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.'],
    ['0999-01-01', 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.'],
  ])('%j → %s', (input, error) => {
    expect(validateSlipDate(input, example, TODAY)).toEqual({ ok: false, error });
  });
  it.each(['2026-10-20', '2026-11-01', '2026-11-27', ' 2026-11-27'])('accepts %j', (input) => {
    expect(validateSlipDate(input, example, TODAY)).toEqual({ ok: true, value: input.trim() });
  });
});

describe('planFields', () => {
  it.each([
    ['no plan: today and 45 days', undefined, { dateText: TODAY, choice: '45', customText: '' }],
    ['a 30-day plan', { ...example, lengthDays: 30 }, { dateText: '2026-10-20', choice: '30', customText: '' }],
    ['a 45-day plan', example, { dateText: '2026-10-20', choice: '45', customText: '' }],
    ['a 60-day plan', { ...example, lengthDays: 60 }, { dateText: '2026-10-20', choice: '60', customText: '' }],
    ['the shortest plan', { ...example, lengthDays: 21 }, { dateText: '2026-10-20', choice: 'custom', customText: '21' }],
    ['the longest plan', { ...example, lengthDays: 365 }, { dateText: '2026-10-20', choice: 'custom', customText: '365' }],
    [
      'a plan from 29 February',
      { ...example, lastContact: '2024-02-29', lengthDays: 50 },
      { dateText: '2024-02-29', choice: 'custom', customText: '50' },
    ],
  ] as const)('%s', (_case, plan, fields) => {
    expect(planFields(plan, TODAY)).toEqual(fields);
  });

  it('without a plan differs from the blank form only by the date', () => {
    expect(planFields(undefined, TODAY)).toEqual({ ...BLANK_PLAN_FIELDS, dateText: TODAY });
    expect(BLANK_PLAN_FIELDS.dateText).toBe('');
  });
});

describe('customLengthNote', () => {
  const SHORTER = /^The guide asks for at least a month \(30 days\)/;
  const LONGER = /^That is longer than the guide’s rule of thumb/;
  it.each([
    ['45', 'abc', undefined],
    ['30', '7', undefined],
    ['custom', '', undefined],
    ['custom', 'abc', undefined],
    ['custom', '6', undefined],
    ['custom', '20', undefined],
    ['custom', '366', undefined],
    ['custom', '30', undefined],
    ['custom', '60', undefined],
    ['custom', '21', SHORTER],
    ['custom', ' 29 ', SHORTER],
    ['custom', '61', LONGER],
    ['custom', '365', LONGER],
  ] as const)('%s with %j', (choice, customText, note) => {
    const result = customLengthNote({ choice, customText });
    if (note === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(note);
  });
});

describe('checkPlanForm', () => {
  const form = (fields: Partial<PlanFormInput>): PlanFormInput => ({
    dateText: '2026-10-20',
    dateBadInput: false,
    choice: '45',
    customText: '',
    ...fields,
  });
  const EMPTY_DATE = 'Enter the date of your last contact.';
  const EMPTY_LENGTH = 'Enter how many days you want your no-contact period to last.';

  it.each([
    ['a preset', form({}), '2026-10-20', 45],
    ['each preset ignores the custom field', form({ choice: '30', customText: 'abc' }), '2026-10-20', 30],
    ['the last preset', form({ choice: '60' }), '2026-10-20', 60],
    ['a custom length, spaces ignored', form({ choice: 'custom', customText: ' 50 ' }), '2026-10-20', 50],
    ['the shortest custom length', form({ choice: 'custom', customText: '21' }), '2026-10-20', 21],
    ['today as the last contact', form({ dateText: TODAY }), TODAY, 45],
    ['exactly five years ago', form({ dateText: '2021-11-27' }), '2021-11-27', 45],
  ] as const)('accepts %s', (_case, input, lastContact, lengthDays) => {
    expect(checkPlanForm(input, TODAY)).toEqual({ ok: true, lastContact, lengthDays });
  });

  it.each([
    ['a date the browser rejected, whatever its text', form({ dateBadInput: true }), { date: BAD_DATE }],
    ['an empty date', form({ dateText: '' }), { date: EMPTY_DATE }],
    ['tomorrow', form({ dateText: '2026-11-28' }), { date: "Your last contact can't be in the future. Today is Friday 27 November 2026." }],
    [
      'a day more than five years ago',
      form({ dateText: '2021-11-26' }),
      { date: 'That is more than 5 years ago. Enter a date on or after 27 November 2021.' },
    ],
    ['an empty custom length', form({ choice: 'custom' }), { length: EMPTY_LENGTH }],
    [
      'a custom length too long',
      form({ choice: 'custom', customText: '366' }),
      { length: 'The tracker counts up to 365 days. Choose between 21 and 365 days.' },
    ],
    ['both at once', form({ dateText: '', choice: 'custom', customText: '' }), { date: EMPTY_DATE, length: EMPTY_LENGTH }],
    [
      'a rejected date and a bad length',
      form({ dateBadInput: true, choice: 'custom', customText: '6' }),
      {
        date: BAD_DATE,
        length: 'The guide asks for at least a month, so the tracker needs 21 days or more. Choose between 21 and 365 days.',
      },
    ],
  ] as const)('rejects %s, with a message for that field only', (_case, input, errors) => {
    expect(checkPlanForm(input, TODAY)).toStrictEqual({ ok: false, errors });
  });

  it('counts the five years from 29 February in calendar years', () => {
    expect(checkPlanForm(form({ dateText: '2023-02-28' }), '2028-02-29').ok).toBe(true);
    expect(checkPlanForm(form({ dateText: '2023-02-27' }), '2028-02-29').ok).toBe(false);
  });

  it('agrees with the field checks for any text in either field', () => {
    const choices: LengthChoice[] = ['30', '45', '60', 'custom'];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...choices), fc.string(), (dateText, choice, customText) => {
        const date = validateLastContact(dateText, TODAY);
        const length = choice === 'custom' ? validateLength(customText) : { ok: true as const, value: Number(choice) };
        const result = checkPlanForm({ dateText, dateBadInput: false, choice, customText }, TODAY);
        if (date.ok && length.ok) {
          expect(result).toEqual({ ok: true, lastContact: date.value, lengthDays: length.value });
        } else {
          expect(result).toStrictEqual({
            ok: false,
            errors: { ...(date.ok ? {} : { date: date.error }), ...(length.ok ? {} : { length: length.error }) },
          });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('checkSlipForm', () => {
  it.each([
    ['the day of last contact', '2026-10-20', { ok: true, value: '2026-10-20' }],
    ['today', TODAY, { ok: true, value: TODAY }],
    [
      'the day before the count started',
      '2026-10-19',
      { ok: false, error: 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.' },
    ],
    ['tomorrow', '2026-11-28', { ok: false, error: "That date can't be in the future. Today is Friday 27 November 2026." }],
    ['an empty field', '', { ok: false, error: 'Enter the date you were in touch.' }],
  ] as const)('%s', (_case, dateText, expected) => {
    expect(checkSlipForm({ dateText, dateBadInput: false }, example, TODAY)).toEqual(expected);
  });

  it("gives the browser's rejection precedence over any text", () => {
    expect(checkSlipForm({ dateText: '2026-11-01', dateBadInput: true }, example, TODAY)).toEqual({ ok: false, error: BAD_DATE });
    expect(checkSlipForm({ dateText: '', dateBadInput: true }, example, TODAY)).toEqual({ ok: false, error: BAD_DATE });
  });
});

describe('validateContactDate', () => {
  const plan = logSlip({ lastContact: '2026-10-20', lengthDays: 45, slips: [] }, '2026-11-01');

  it('takes any day from the plan’s first day 0 to today, before a slip too', () => {
    expect(validateContactDate('2026-10-20', plan, '2026-11-27')).toEqual({ ok: true, value: '2026-10-20' });
    expect(validateContactDate(' 2026-11-27 ', plan, '2026-11-27')).toEqual({ ok: true, value: '2026-11-27' });
  });

  it.each([
    ['', 'Enter the date of the contact.'],
    ['2026-02-30', 'There is no such date as 2026-02-30. Check the day and the month.'],
    ['2026-10-19', 'Your plan began on Tuesday 20 October 2026. Enter that day or a later one.'],
    ['2026-11-28', "That date can't be in the future. Today is Friday 27 November 2026."],
  ])('refuses %j with a message', (input, error) => {
    expect(validateContactDate(input, plan, '2026-11-27')).toEqual({ ok: false, error });
  });
});
