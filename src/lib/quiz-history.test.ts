import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptDate,
  decodeQuizHistory,
  encodeQuizHistory,
  historyLine,
  latestResult,
  MAX_ATTEMPTS,
  MAX_QUIZZES,
  QUIZ_HISTORY,
  withAttempt,
  withoutQuiz,
  type QuizHistory,
} from './quiz-history';

const a = (date: string, band: string) => ({ date, band });

describe('decodeQuizHistory and encodeQuizHistory', () => {
  it('reads back what it wrote, quiz ids in order', () => {
    const history: QuizHistory = {
      quiz: [a('2026-11-03', 'not-yet'), a('2026-11-27', 'almost')],
      acceptance: [a('2026-11-01', 'accepted')],
    };
    const text = encodeQuizHistory(history)!;
    expect(text.indexOf('acceptance')).toBeLessThan(text.indexOf('"quiz"'));
    expect(decodeQuizHistory(text)).toEqual(history);
  });

  it('stores nothing for an empty history, or one whose lists are empty', () => {
    expect(encodeQuizHistory({})).toBeUndefined();
    expect(encodeQuizHistory({ quiz: [] })).toBeUndefined();
    expect(QUIZ_HISTORY.encode(QUIZ_HISTORY.initial)).toBeUndefined();
  });

  it.each([
    ['missing text', undefined],
    ['damaged JSON', '{"quiz": ['],
    ['a list', '[]'],
    ['a number', '7'],
  ])('gives an empty history for %s', (_case, text) => {
    expect(decodeQuizHistory(text)).toEqual({});
  });

  it('drops bad quiz ids and bad attempts, and keeps the rest', () => {
    const text = JSON.stringify({
      'Not An Id': [a('2026-11-03', 'almost')],
      quiz: [
        a('2026-11-03', 'almost'),
        a('2026-02-30', 'almost'),
        a('2026-11-04', 'Almost!'),
        { date: '2026-11-05' },
        'x',
        { date: '2026-11-06', band: 'not-yet', answers: { q: 'plead' } },
      ],
      other: 'not a list',
      empty: [],
    });
    expect(decodeQuizHistory(text)).toEqual({ quiz: [a('2026-11-03', 'almost'), a('2026-11-06', 'not-yet')] });
  });

  it(`keeps the latest ${MAX_ATTEMPTS} attempts of a quiz and at most ${MAX_QUIZZES} quizzes`, () => {
    const long = Array.from({ length: 25 }, (_, i) => a(`2026-11-${String(i + 1).padStart(2, '0')}`, 'almost'));
    expect(decodeQuizHistory(JSON.stringify({ quiz: long })).quiz).toEqual(long.slice(-MAX_ATTEMPTS));
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`quiz-${i}`, [a('2026-11-01', 'almost')]]));
    expect(Object.keys(decodeQuizHistory(JSON.stringify(many)))).toHaveLength(MAX_QUIZZES);
  });

  it('never throws, and always gives a bounded history', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const history = decodeQuizHistory(text);
        expect(Object.keys(history).length).toBeLessThanOrEqual(MAX_QUIZZES);
        for (const list of Object.values(history)) expect(list.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
      }),
    );
  });
});

describe('withAttempt and withoutQuiz', () => {
  it('adds attempts last and keeps the latest ones', () => {
    let history: QuizHistory = {};
    for (let i = 1; i <= 12; i++) history = withAttempt(history, 'quiz', a(`2026-11-${String(i).padStart(2, '0')}`, 'almost'));
    expect(history.quiz).toHaveLength(MAX_ATTEMPTS);
    expect(history.quiz?.at(0)?.date).toBe('2026-11-03');
    expect(history.quiz?.at(-1)?.date).toBe('2026-11-12');
  });

  it('forgets one quiz only', () => {
    const history = { quiz: [a('2026-11-03', 'almost')], other: [a('2026-11-03', 'mixed')] };
    expect(withoutQuiz(history, 'quiz')).toEqual({ other: history.other });
    expect(withoutQuiz(history, 'none')).toBe(history);
  });
});

describe('historyLine', () => {
  const titles = { 'not-yet': 'Not yet', almost: 'Almost' };

  it('reads "Earlier: 3 Nov — Not yet; today — Almost"', () => {
    expect(historyLine([a('2026-11-03', 'not-yet'), a('2026-11-27', 'almost')], titles, '2026-11-27', 'en-GB')).toBe(
      'Earlier: 3 Nov — Not yet; today — Almost',
    );
  });

  it('adds the year to a date from another year, in the reader locale', () => {
    expect(attemptDate('2025-12-31', '2026-01-02', 'en-GB')).toBe('31 Dec 2025');
    expect(attemptDate('2026-11-03', '2026-11-27', 'en-US')).toBe('Nov 3');
    expect(attemptDate('2026-11-27', '2026-11-27')).toBe('today');
  });

  it('shows nothing with fewer than two known attempts, and skips bands the quiz no longer has', () => {
    expect(historyLine([], titles, '2026-11-27')).toBeUndefined();
    expect(historyLine([a('2026-11-27', 'almost')], titles, '2026-11-27')).toBeUndefined();
    expect(historyLine([a('2026-11-03', 'gone'), a('2026-11-27', 'almost')], titles, '2026-11-27')).toBeUndefined();
    expect(
      historyLine([a('2026-11-01', 'gone'), a('2026-11-03', 'not-yet'), a('2026-11-27', 'almost')], titles, '2026-11-27', 'en-GB'),
    ).toBe('Earlier: 3 Nov — Not yet; today — Almost');
  });

  it('sums up the stored results for the your-data page', () => {
    expect(QUIZ_HISTORY.summary({ quiz: [a('2026-11-03', 'almost'), a('2026-11-04', 'almost')], other: [a('2026-11-03', 'mixed')] })).toBe(
      '3 results',
    );
    expect(QUIZ_HISTORY.key).toBe('atb:v1:quiz-history');
  });
});

describe('latestResult', () => {
  const quizzes = {
    acceptance: { title: 'Have you accepted the breakup?', bands: { fighting: 'Still fighting it', there: 'Getting there' } },
    ready: { title: 'Are you ready to reach out?', bands: { 'not-yet': 'Not yet', almost: 'Almost' } },
  };
  const at = (date: string, band: string) => ({ date, band });

  it('names the most recent attempt across quizzes', () => {
    const history = { acceptance: [at('2026-11-01', 'fighting'), at('2026-11-20', 'there')], ready: [at('2026-11-10', 'not-yet')] };
    expect(latestResult(history, quizzes)).toEqual({
      quizId: 'acceptance',
      quizTitle: 'Have you accepted the breakup?',
      bandTitle: 'Getting there',
      date: '2026-11-20',
    });
  });

  it('on one day, takes the attempt stored last for a quiz, and the first quiz listed between quizzes', () => {
    expect(latestResult({ ready: [at('2026-11-10', 'not-yet'), at('2026-11-10', 'almost')] }, quizzes)?.bandTitle).toBe('Almost');
    expect(latestResult({ ready: [at('2026-11-10', 'almost')], acceptance: [at('2026-11-10', 'there')] }, quizzes)?.quizId).toBe(
      'acceptance',
    );
  });

  it('skips quizzes and bands the page does not know', () => {
    const history = { acceptance: [at('2026-11-01', 'fighting'), at('2026-11-25', 'renamed')], gone: [at('2026-11-26', 'x')] };
    expect(latestResult(history, quizzes)?.bandTitle).toBe('Still fighting it');
    expect(latestResult({ gone: [at('2026-11-26', 'x')] }, quizzes)).toBeUndefined();
    expect(latestResult({}, quizzes)).toBeUndefined();
  });
});
