import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS_SINCE_CONTACT, type Answer, type Question, type Quiz } from './quiz';
import type { QuizProgress } from './quiz-progress';
import { advance, currentStep, daysFieldText, isChosen, parseDays, prefillFor, shownResult, toggleOption } from './quiz-steps';

/** Three questions (single, days prefilled from the tracker, multiple with a safety option); totals 0–3. */
const quiz: Quiz = {
  title: 'Steps?',
  description: 'A quiz for the step tests.',
  chapter: 'acceptance',
  questions: [
    {
      id: 'one',
      prompt: 'One?',
      kind: 'single',
      options: [
        { id: 'no', label: 'No', score: 0 },
        { id: 'yes', label: 'Yes', score: 1 },
      ],
    },
    {
      id: 'days',
      prompt: 'How many days?',
      kind: 'days',
      prefill: DAYS_SINCE_CONTACT,
      ranges: [
        { min: 0, max: 9, score: 0 },
        { min: 10, score: 1 },
      ],
    },
    {
      id: 'many',
      prompt: 'Which?',
      kind: 'multiple',
      options: [
        { id: 'a', label: 'A', score: 1 },
        { id: 'b', label: 'B', score: 0 },
        { id: 'hurt', label: 'Hurt', score: 0, safety: 'violence' },
      ],
    },
  ],
  bands: [
    { id: 'low', min: 0, max: 1, title: 'Low', explanation: 'Low.', chapters: ['acceptance'], next: 'Read.' },
    { id: 'high', min: 2, max: 3, title: 'High', explanation: 'High.', chapters: ['acceptance'], next: 'Read.' },
  ],
};
const [one, days] = quiz.questions as [Question, Question, Question];
const at = (step: number, answers: QuizProgress['answers'] = {}, done = false): QuizProgress => ({ answers, step, done });

describe('currentStep', () => {
  it.each([
    [0, 0],
    [2, 2],
    [3, 2],
    [99, 2],
  ])('stored step %i shows question %i', (step, shown) => {
    expect(currentStep(quiz, at(step))).toBe(shown);
  });
});

describe('shownResult', () => {
  const complete = { one: 'yes', days: 12, many: ['a'] };

  it('shows nothing until the reader asks for the result', () => {
    expect(shownResult(quiz, at(2, complete))).toBeUndefined();
  });

  it('shows the band of complete answers', () => {
    expect(shownResult(quiz, at(2, complete, true))).toMatchObject({ kind: 'band', score: 3, band: { title: 'High' } });
  });

  it('shows the safety result even when other answers are missing', () => {
    expect(shownResult(quiz, at(2, { many: ['hurt'] }, true))).toMatchObject({ kind: 'safety', flags: ['violence'] });
  });

  it('shows the question again when stored answers are incomplete', () => {
    expect(shownResult(quiz, at(2, { one: 'yes' }, true))).toBeUndefined();
  });
});

describe('parseDays', () => {
  it.each<[string, number | undefined]>([
    ['0', 0],
    ['12', 12],
    [' 12 ', 12],
    ['007', 7],
    ['99999', 99999],
    ['100000', undefined],
    ['', undefined],
    ['   ', undefined],
    ['-1', undefined],
    ['+1', undefined],
    ['1.5', undefined],
    ['1e3', undefined],
    ['12 days', undefined],
    ['abc', undefined],
    ['١٢', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseDays(text)).toBe(expected);
  });

  it('reads back any whole number of days it accepts', () => {
    fc.assert(fc.property(fc.nat({ max: 99_999 }), (n) => parseDays(String(n)) === n));
  });
});

describe('isChosen', () => {
  it.each<[Question['kind'], Answer | undefined, string, boolean]>([
    ['single', 'a', 'a', true],
    ['single', 'b', 'a', false],
    ['single', ['a'], 'a', false],
    ['single', undefined, 'a', false],
    ['multiple', ['b', 'a'], 'a', true],
    ['multiple', ['b'], 'a', false],
    ['multiple', [], 'a', false],
    ['multiple', 'a', 'a', false],
    ['days', 3, '3', false],
  ])('a %s answer %j chooses %j: %s', (kind, answer, id, chosen) => {
    expect(isChosen(kind, answer, id)).toBe(chosen);
  });
});

describe('toggleOption', () => {
  it.each<[string, Answer | undefined, string, boolean, string[]]>([
    ['ticks the first option', undefined, 'a', true, ['a']],
    ['adds in the order ticked', ['b'], 'a', true, ['b', 'a']],
    ['unticks', ['a', 'b'], 'a', false, ['b']],
    ['unticks the last one to nothing', ['a'], 'a', false, []],
    ['never repeats an option', ['a', 'b'], 'a', true, ['b', 'a']],
    ['treats a stored single answer as nothing ticked', 'a', 'b', true, ['b']],
    ['treats stored days as nothing ticked', 4, 'b', false, []],
  ])('%s', (_, answer, id, checked, expected) => {
    expect(toggleOption(answer, id, checked)).toEqual(expected);
  });
});

describe('prefillFor', () => {
  it('fills a days question from its prefill', () => {
    expect(prefillFor(days, { [DAYS_SINCE_CONTACT]: 33 })).toBe(33);
    expect(prefillFor(days, { [DAYS_SINCE_CONTACT]: 0 })).toBe(0);
  });

  it('leaves it empty when the site does not know the value', () => {
    expect(prefillFor(days, {})).toBeUndefined();
    expect(prefillFor(days, { [DAYS_SINCE_CONTACT]: undefined })).toBeUndefined();
  });

  it('never fills a choice question, or a days question without a prefill', () => {
    expect(prefillFor(one, { [DAYS_SINCE_CONTACT]: 33 })).toBeUndefined();
    const { prefill: _, ...unfilled } = days;
    expect(prefillFor(unfilled, { [DAYS_SINCE_CONTACT]: 33 })).toBeUndefined();
  });
});

describe('daysFieldText', () => {
  it.each<[Answer | undefined, number | undefined, string]>([
    [undefined, undefined, ''],
    [undefined, 33, '33'],
    [undefined, 0, '0'],
    [12, 33, '12'],
    [0, 33, '0'],
    ['yes', 33, '33'],
  ])('stored %j, prefill %j → %j', (stored, prefill, text) => {
    expect(daysFieldText(stored, prefill)).toBe(text);
  });
});

describe('advance', () => {
  it('moves on from an answered choice question, answers unchanged', () => {
    expect(advance(quiz, at(0, { one: 'no' }), '')).toEqual(at(1, { one: 'no' }));
  });

  it.each<[string, QuizProgress]>([
    ['an unanswered question', at(0)],
    ['an answer that is not an option', at(0, { one: 'maybe' })],
    ['an empty multiple answer', at(2, { many: [] })],
  ])('stays on %s', (_, progress) => {
    expect(advance(quiz, progress, '')).toBeUndefined();
  });

  it('records the days as typed, over a stored number', () => {
    expect(advance(quiz, at(1, { one: 'no', days: 3 }), ' 40 ')).toEqual(at(2, { one: 'no', days: 40 }));
  });

  it.each(['', 'abc', '-2', '2.5'])('stays on a days question typed %j, even with a valid stored number', (text) => {
    expect(advance(quiz, at(1, { days: 3 }), text)).toBeUndefined();
  });

  it('ignores the days text on a choice question', () => {
    expect(advance(quiz, at(0), '12')).toBeUndefined();
  });

  it('asks for the result after the last question, staying on it', () => {
    expect(advance(quiz, at(2, { many: ['b'] }), '')).toEqual(at(2, { many: ['b'] }, true));
  });

  it('goes straight to the result after a safety answer, whatever is left to ask', () => {
    const safetyFirst = { ...quiz, questions: [quiz.questions[2]!, one, days] };
    expect(advance(safetyFirst, at(0, { many: ['hurt', 'a'] }), '')).toEqual(at(0, { many: ['hurt', 'a'] }, true));
    expect(advance(safetyFirst, at(0, { many: ['a'] }), '')).toEqual(at(1, { many: ['a'] }));
  });

  it('moves on from the question on screen when the stored step is past the end', () => {
    expect(advance(quiz, at(7, { many: ['a'] }), '')).toEqual(at(2, { many: ['a'] }, true));
  });
});
