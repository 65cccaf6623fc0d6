import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example, RUNS, TODAY } from './no-contact-fixtures';
import {
  lengthNote,
  MAX_AGE_YEARS,
  PRESET_LENGTHS,
  RULE_OF_THUMB,
  validateLastContact,
  validateLength,
  validateSlipDate,
} from './no-contact-form';
import { LENGTH_RANGE } from './no-contact-plan';

describe('constants', () => {
  it('match the guide', () => {
    expect(PRESET_LENGTHS).toEqual([30, 45, 60]);
    expect(LENGTH_RANGE).toEqual({ min: 7, max: 365 });
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
  const ZERO = 'A period needs at least one day. Choose between 7 and 365 days.';
  const NEGATIVE = "The number of days can't be negative. Choose between 7 and 365 days.";
  const FRACTION = 'Use whole days only, for example 45 rather than 45.5.';
  const SHORT = 'The tracker needs at least 7 days. Choose between 7 and 365 days.';
  const LONG = 'The tracker counts up to 365 days. Choose between 7 and 365 days.';
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
    ['0', ZERO],
    ['-0', ZERO],
    ['0.0', ZERO],
    ['-5', NEGATIVE],
    ['-45.5', NEGATIVE],
    ['45.5', FRACTION],
    ['0.5', FRACTION],
    ['6', SHORT],
    ['1', SHORT],
    ['366', LONG],
    ['99999999999999999999', LONG],
  ])('%j → %s', (input, error) => {
    expect(validateLength(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['7', 7],
    ['45', 45],
    [' 60 ', 60],
    ['365', 365],
    ['45.0', 45],
    ['007', 7],
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
  it.each([7, 29])('notes that %i days is shorter than the rule of thumb', (days) => {
    expect(lengthNote(days)).toMatch(/^That is shorter than the guide's rule of thumb of one to two months \(30 to 60 days\)/);
  });
  it.each([61, 365])('notes that %i days is longer than the rule of thumb', (days) => {
    expect(lengthNote(days)).toMatch(/^That is longer than the guide's rule of thumb of one to two months \(30 to 60 days\)/);
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
