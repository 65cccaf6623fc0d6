import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  checkQuizChapters,
  dayRangeLabel,
  DAYS_SINCE_CONTACT,
  daysLeftText,
  heldBackLead,
  isAnswered,
  missingAnswers,
  paragraphText,
  type Question,
  type Quiz,
  SAFETY_FLAGS,
  SAFETY_KIND_OF,
  SAFETY_KINDS,
  safetyFlags,
  safetyResult,
  scoreQuiz,
  scoreRange,
  scoringKey,
} from './quiz';
import { helpPath } from './help';
import { HELPLINE_LINK, SAFETY_SECTIONS } from './quiz-words';
import { quizSchema } from './quiz-schema';
import type { z } from 'astro/zod';

type RawQuiz = z.input<typeof quizSchema>;

/**
 * A small quiz whose totals run 0–9: q1 0–2, q2 0–2, q3 (multiple) 0–2,
 * q4 (days) 0–2, q5 0–1, safety 0. Bands: Low 0–3, Mid 4–6, High 7–9.
 */
function raw(): RawQuiz {
  return {
    title: 'A test quiz?',
    description: 'A quiz for the tests.',
    chapter: 'acceptance',
    questions: [
      {
        id: 'q1',
        prompt: 'One?',
        kind: 'single',
        options: [
          { id: 'a', label: 'A', score: 0, reason: 'You chose a.' },
          { id: 'b', label: 'B', score: 1 },
          { id: 'c', label: 'C', score: 2, reason: 'You chose c.' },
        ],
      },
      {
        id: 'q2',
        prompt: 'Two?',
        kind: 'single',
        options: [
          { id: 'x', label: 'X', score: 0, reason: 'You chose x.' },
          { id: 'y', label: 'Y', score: 2, reason: 'You chose y.' },
        ],
      },
      {
        id: 'q3',
        prompt: 'Three?',
        kind: 'multiple',
        options: [
          { id: 'm1', label: 'M1', score: 1, reason: 'You chose m1.' },
          { id: 'm2', label: 'M2', score: 1, reason: 'You chose m2.' },
          { id: 'none', label: 'None of these', score: 0, reason: 'You chose none.' },
        ],
      },
      {
        id: 'q4',
        prompt: 'How many days?',
        kind: 'days',
        prefill: DAYS_SINCE_CONTACT,
        ranges: [
          { min: 0, max: 6, score: 0, reason: 'Under a week.' },
          { min: 7, max: 13, score: 1, reason: 'One week.' },
          { min: 14, score: 2, reason: 'Two weeks or more.' },
        ],
      },
      {
        id: 'q5',
        prompt: 'Five?',
        kind: 'single',
        options: [
          { id: 'p', label: 'P', score: 0, reason: 'You chose p.' },
          { id: 'q', label: 'Q', score: 1 },
        ],
      },
      {
        id: 'safety',
        prompt: 'Does any of this apply?',
        kind: 'multiple',
        options: [
          ...SAFETY_FLAGS.map((flag) => ({ id: flag, label: flag, score: 0, safety: flag })),
          { id: 'none', label: 'None of these', score: 0 },
        ],
      },
    ],
    bands: [
      { id: 'low', min: 0, max: 3, title: 'Low', explanation: 'Low.', chapters: ['acceptance'], next: 'Read.' },
      { id: 'mid', min: 4, max: 6, title: 'Mid', explanation: 'Mid.', chapters: ['absence'], next: 'Read.' },
      { id: 'high', min: 7, max: 9, title: 'High', explanation: 'High.', chapters: ['jealousy', 'happiness'], next: 'Read.' },
    ],
  };
}

const quiz: Quiz = quizSchema.parse(raw());
const question = (id: string): Question => quiz.questions.find((q) => q.id === id)!;

/** The messages quizSchema reports for `raw()` after `change`. */
function problems(change: (r: RawQuiz) => void): string[] {
  const r = raw();
  change(r);
  const result = quizSchema.safeParse(r);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const lowest: Answers = { q1: 'a', q2: 'x', q3: ['none'], q4: 0, q5: 'p', safety: ['none'] };
const highest: Answers = { q1: 'c', q2: 'y', q3: ['m1', 'm2'], q4: 14, q5: 'q', safety: ['none'] };

/** Complete, safe answers that total exactly `score` (0–9), found from the fixture's points, not from scoreQuiz. */
function answersTotalling(score: number): Answers {
  const q1 = [
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ] as const;
  const q2 = [
    ['x', 0],
    ['y', 2],
  ] as const;
  const q3 = [
    [['none'], 0],
    [['m1'], 1],
    [['m1', 'm2'], 2],
  ] as const;
  const q4 = [
    [0, 0],
    [7, 1],
    [14, 2],
  ] as const;
  const q5 = [
    ['p', 0],
    ['q', 1],
  ] as const;
  for (const [a1, s1] of q1)
    for (const [a2, s2] of q2)
      for (const [a3, s3] of q3)
        for (const [a4, s4] of q4)
          for (const [a5, s5] of q5)
            if (s1 + s2 + s3 + s4 + s5 === score) return { q1: a1, q2: a2, q3: [...a3], q4: a4, q5: a5, safety: ['none'] };
  throw new Error(`The fixture cannot total ${score}`);
}

describe('quizSchema', () => {
  it('accepts a valid quiz', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('accepts bands in any order', () => {
    expect(problems((r) => r.bands.reverse())).toEqual([]);
  });

  it.each<[string, (r: RawQuiz) => void, string]>([
    ['overlapping bands', (r) => (r.bands[0]!.max = 4), 'Bands "Low" (0–4) and "Mid" (4–6) overlap at 4'],
    ['bands overlapping over a range', (r) => (r.bands[1]!.max = 8), 'Bands "Mid" (4–8) and "High" (7–9) overlap at 7–8'],
    [
      'a band inside another',
      (r) => r.bands.push({ ...r.bands[1]!, min: 5, max: 5, title: 'Inner' }),
      'Bands "Mid" (4–6) and "Inner" (5) overlap at 5',
    ],
    ['a one-score gap between bands', (r) => (r.bands[0]!.max = 2), 'No band covers score 3'],
    ['a wider gap between bands', (r) => (r.bands[0]!.max = 1), 'No band covers scores 2–3'],
    ['a gap at the bottom', (r) => (r.bands[0]!.min = 2), 'No band covers scores 0–1'],
    ['a gap at the top', (r) => (r.bands[2]!.max = 8), 'No band covers score 9'],
    [
      'a band above the highest score',
      (r) => (r.bands[2]!.max = 12),
      'Band "High" (7–12) max score 12 is above the highest possible score 9',
    ],
    ['a band below the lowest score', (r) => (r.bands[0]!.min = -2), 'Band "Low" (-2–3) min score -2 is below the lowest possible score 0'],
    ['a band that ends before it starts', (r) => Object.assign(r.bands[1]!, { min: 6, max: 4 }), 'Band "Mid" (6–4) ends before it starts'],
    ['duplicate question ids', (r) => (r.questions[1]!.id = 'q1'), 'More than one question has id "q1"'],
    ['duplicate option ids', (r) => (r.questions[0]!.options![1]!.id = 'a'), 'Question "q1" has more than one option with id "a"'],
    ['a single question with no options', (r) => (r.questions[0]!.options = []), 'Question "q1" has no options'],
    ['a single question without an options list', (r) => delete r.questions[0]!.options, 'Question "q1" has no options'],
    ['a multiple question with no options', (r) => (r.questions[2]!.options = []), 'Question "q3" has no options'],
    [
      'day ranges not starting at 0',
      (r) => (r.questions[3]!.ranges![0]!.min = 1),
      'Question "q4": the first day range must start at 0, not 1',
    ],
    ['gapped day ranges', (r) => (r.questions[3]!.ranges![1]!.min = 9), 'Question "q4": no day range covers 7–8 days'],
    ['overlapping day ranges', (r) => (r.questions[3]!.ranges![1]!.min = 5), 'Question "q4": day ranges 0–6 and 5–13 overlap at 5–6'],
    [
      'a closed last day range',
      (r) => (r.questions[3]!.ranges![2]!.max = 30),
      'Question "q4": the last day range (14–30) must leave out max so that any number of days is scored',
    ],
    [
      'an open day range before the last',
      (r) => delete r.questions[3]!.ranges![1]!.max,
      'Question "q4": only the last day range may leave out max, but 7+ does',
    ],
    [
      'a day range that ends before it starts',
      (r) => (r.questions[3]!.ranges![1]!.max = 3),
      'Question "q4": day range 7–3 ends before it starts',
    ],
    [
      'a days question without ranges',
      (r) => delete r.questions[3]!.ranges,
      'Question "q4" asks for a number of days but has no day ranges to score them',
    ],
    [
      'a days question with options',
      (r) => (r.questions[3]!.options = [{ id: 'o', label: 'O', score: 0 }]),
      'Question "q4" asks for a number of days and cannot have options',
    ],
    [
      'a choice question with day ranges',
      (r) => (r.questions[0]!.ranges = [{ min: 0, score: 0 }]),
      'Question "q1" is a single-choice question and cannot have day ranges',
    ],
    [
      'a prefilled choice question',
      (r) => (r.questions[0]!.prefill = DAYS_SINCE_CONTACT),
      'Question "q1" is a single-choice question and cannot be prefilled',
    ],
  ])('rejects %s', (_, change, message) => {
    expect(problems(change)).toContain(message);
  });

  it.each<[string, (r: RawQuiz) => void, string]>([
    [
      'an option capping at an unknown band',
      (r) => (r.questions[0]!.options![0]!.caps = 'lowest'),
      'Option "q1/a" caps the result at band "lowest", which does not exist',
    ],
    [
      'a day range capping at an unknown band',
      (r) => (r.questions[3]!.ranges![0]!.caps = 'Low'),
      'Day range 0–6 of "q4" caps the result at band "Low", which does not exist',
    ],
    [
      'a safety option that caps',
      (r) => (r.questions[5]!.options![0]!.caps = 'low'),
      'Option "safety/violence" has a safety flag, which replaces any band, so it cannot cap one',
    ],
    ['two bands with one id', (r) => (r.bands[2]!.id = 'mid'), 'More than one band has id "mid"'],
  ])('rejects %s', (_, change, message) => {
    expect(problems(change)).toContain(message);
  });

  it('accepts caps that name bands of the quiz', () => {
    expect(
      problems((r) => {
        r.questions[0]!.options![0]!.caps = 'low';
        r.questions[3]!.ranges![1]!.caps = 'mid';
      }),
    ).toEqual([]);
  });

  it('reports band problems alongside question problems', () => {
    const found = problems((r) => {
      r.questions[0]!.options = [];
      r.questions[1]!.id = 'q1';
    });
    expect(found).toEqual(expect.arrayContaining(['Question "q1" has no options', 'More than one question has id "q1"']));
  });

  it.each<[string, (r: RawQuiz) => void]>([
    ['the quiz', (r) => Object.assign(r, { colour: 'blue' })],
    ['a question', (r) => Object.assign(r.questions[0]!, { help: 'x' })],
    ['an option', (r) => Object.assign(r.questions[0]!.options![0]!, { points: 1 })],
    ['a day range', (r) => Object.assign(r.questions[3]!.ranges![0]!, { until: 3 })],
    ['a band', (r) => Object.assign(r.bands[0]!, { chapter: 'acceptance' })],
  ])('rejects an unknown key on %s', (_, change) => {
    const r = raw();
    change(r);
    const result = quizSchema.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it.each<[string, (r: RawQuiz) => void]>([
    ['an unknown safety flag', (r) => Object.assign(r.questions[0]!.options![0]!, { safety: 'danger' })],
    ['an unknown kind', (r) => Object.assign(r.questions[0]!, { kind: 'scale' })],
    ['an unknown prefill', (r) => Object.assign(r.questions[3]!, { prefill: 'age' })],
    ['a fractional score', (r) => (r.questions[0]!.options![0]!.score = 0.5)],
    ['negative days', (r) => (r.questions[3]!.ranges![0]!.min = -1)],
    ['an id that is not a slug', (r) => (r.questions[0]!.id = 'Question 1')],
    ['a description over 160 characters', (r) => (r.description = 'x'.repeat(161))],
    ['fewer than 6 questions', (r) => r.questions.splice(0, 1)],
    [
      'more than 12 questions',
      (r) =>
        r.questions.push(
          ...Array.from({ length: 7 }, (_, i) => ({ ...r.questions[4]!, id: `extra-${i}`, options: [{ id: 'z', label: 'Z', score: 0 }] })),
        ),
    ],
    ['a single band', (r) => r.bands.splice(1)],
    ['a band with no chapters', (r) => (r.bands[0]!.chapters = [])],
    ['a band without an id', (r) => delete (r.bands[0] as { id?: string }).id],
    ['a cap that is not a slug', (r) => (r.questions[0]!.options![0]!.caps = 'Not yet')],
    ['a band with more than 3 chapters', (r) => (r.bands[0]!.chapters = ['a', 'b', 'c', 'd'])],
    ['an empty label', (r) => (r.questions[0]!.options![0]!.label = '  ')],
  ])('rejects %s', (_, change) => {
    const r = raw();
    change(r);
    expect(quizSchema.safeParse(r).success).toBe(false);
  });
});

describe('checkQuizChapters', () => {
  const slugs = ['acceptance', 'absence', 'jealousy', 'happiness'];

  it('passes when every chapter exists', () => {
    expect(checkQuizChapters(quiz, slugs)).toEqual([]);
  });

  it.each<[string, (q: Quiz) => void, string[]]>([
    ['the quiz chapter', (q) => (q.chapter = 'nope'), ['The quiz\'s chapter "nope" does not exist']],
    ['a band chapter', (q) => (q.bands[1]!.chapters = ['absence', 'gone']), ['Band "Mid" names chapter "gone", which does not exist']],
    [
      'several',
      (q) => {
        q.chapter = 'x';
        q.bands[0]!.chapters = ['y'];
      },
      ['The quiz\'s chapter "x" does not exist', 'Band "Low" names chapter "y", which does not exist'],
    ],
  ])('names an unknown %s', (_, change, expected) => {
    const q = structuredClone(quiz);
    change(q);
    expect(checkQuizChapters(q, slugs)).toEqual(expected);
  });
});

describe('scoreRange', () => {
  it('gives the fixture 0–9', () => {
    expect(scoreRange(quiz)).toEqual({ min: 0, max: 9 });
  });
});

describe('isAnswered', () => {
  it.each<[string, unknown, boolean]>([
    ['q1', 'a', true],
    ['q1', 'zzz', false],
    ['q1', ['a'], false],
    ['q1', 1, false],
    ['q1', undefined, false],
    ['q3', ['m1'], true],
    ['q3', ['m1', 'm2'], true],
    ['q3', [], false],
    ['q3', ['m1', 'zzz'], false],
    ['q3', ['m1', 'm1'], false],
    ['q3', 'm1', false],
    ['q4', 0, true],
    ['q4', 6, true],
    ['q4', 10000, true],
    ['q4', -1, false],
    ['q4', 1.5, false],
    ['q4', Number.NaN, false],
    ['q4', Number.POSITIVE_INFINITY, false],
    ['q4', '7', false],
  ])('%s answered %j: %s', (id, answer, expected) => {
    expect(isAnswered(question(id), answer as never)).toBe(expected);
  });
});

describe('missingAnswers', () => {
  it('lists unanswered questions by id, in quiz order', () => {
    expect(missingAnswers(quiz, { q4: 3, q2: 'x' })).toEqual(['q1', 'q3', 'q5', 'safety']);
  });

  it('is empty for complete answers', () => {
    expect(missingAnswers(quiz, highest)).toEqual([]);
  });
});

describe('scoreQuiz', () => {
  it('reports every unanswered question, in order', () => {
    expect(scoreQuiz(quiz, {})).toEqual({ kind: 'incomplete', missing: ['q1', 'q2', 'q3', 'q4', 'q5', 'safety'] });
  });

  it.each<[string, Answers]>([
    ['an unknown option id', { ...highest, q1: 'zzz' }],
    ['an empty multiple answer', { ...highest, q3: [] }],
    ['negative days', { ...highest, q4: -1 }],
    ['fractional days', { ...highest, q4: 2.5 }],
  ])('treats %s as missing', (_, answers) => {
    const result = scoreQuiz(quiz, answers);
    expect(result.kind).toBe('incomplete');
    expect(result.kind === 'incomplete' && result.missing).toHaveLength(1);
  });

  it.each([
    [0, 'Low'],
    [1, 'Low'],
    [3, 'Low'],
    [4, 'Mid'],
    [5, 'Mid'],
    [6, 'Mid'],
    [7, 'High'],
    [8, 'High'],
    [9, 'High'],
  ])('a total of %i gives %s', (score, title) => {
    const result = scoreQuiz(quiz, answersTotalling(score));
    expect(result).toMatchObject({ kind: 'band', score, band: { title } });
  });

  it.each(quiz.bands.slice(0, -1).map((b) => [b.title, b.max] as const))(
    'band %s ends exactly at %i: one more is the next band',
    (title, max) => {
      const at = scoreQuiz(quiz, answersTotalling(max));
      const above = scoreQuiz(quiz, answersTotalling(max + 1));
      expect(at.kind === 'band' && at.band.title).toBe(title);
      expect(above.kind === 'band' && above.band.title).not.toBe(title);
      expect(above.kind === 'band' && above.band.min).toBe(max + 1);
    },
  );

  it.each([
    [0, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
    [400, 2],
  ])('%i days score %i, by their range', (days, points) => {
    // Every other question answered at its best: 2 + 2 + 2 + 1 = 7.
    expect(scoreQuiz(quiz, { ...highest, q4: days })).toMatchObject({ kind: 'band', score: 7 + points });
  });

  it.each(SAFETY_FLAGS)('the %s flag overrides the best possible score with the safety result that fits it', (flag) => {
    expect(scoreQuiz(quiz, highest).kind).toBe('band');
    expect(scoreQuiz(quiz, { ...highest, safety: [flag] })).toEqual({
      kind: 'safety',
      flags: [flag],
      kinds: [SAFETY_KIND_OF[flag]],
    });
  });

  it.each(SAFETY_FLAGS)('the %s flag overrides unanswered questions', (flag) => {
    expect(scoreQuiz(quiz, { safety: [flag] })).toMatchObject({ kind: 'safety', flags: [flag] });
  });

  it.each([
    ['self-harm', 'crisis'],
    ['violence', 'abuse'],
    ['threats', 'abuse'],
    ['stalking', 'abuse'],
    ['coercive-control', 'abuse'],
    ['court-order', 'request'],
    ['no-contact-request', 'request'],
  ] as const)('%s calls for the %s result', (flag, kind) => {
    expect(SAFETY_KIND_OF[flag]).toBe(kind);
  });

  it('with several flags, gives every matching result once, most urgent first', () => {
    const result = scoreQuiz(quiz, { safety: ['court-order', 'none', 'threats', 'self-harm', 'violence'] });
    expect(result).toMatchObject({ kind: 'safety', flags: ['violence', 'threats', 'court-order', 'self-harm'] });
    expect(result.kind === 'safety' && result.kinds).toEqual(['crisis', 'abuse', 'request']);
    expect(safetyResult(['no-contact-request', 'stalking']).kinds).toEqual(['abuse', 'request']);
    expect(SAFETY_KINDS).toEqual(['crisis', 'abuse', 'request']);
  });

  it('counts a safety option even inside an otherwise invalid answer', () => {
    expect(safetyFlags(quiz, { safety: ['threats', 'not-an-option'] })).toEqual(['threats']);
    expect(scoreQuiz(quiz, { safety: 'stalking' })).toMatchObject({ kind: 'safety', flags: ['stalking'] });
  });

  it('has no flags for safe answers', () => {
    expect(safetyFlags(quiz, highest)).toEqual([]);
  });

  it('links each safety result to the section of the help page that fits, on this site', () => {
    const hrefs = (kind: keyof typeof SAFETY_SECTIONS) => SAFETY_SECTIONS[kind].help.map((l) => [l.href, l.external]);
    expect(hrefs('crisis')).toEqual([[helpPath('crisis'), false]]);
    expect(hrefs('abuse')).toEqual([[helpPath('danger'), false]]);
    expect(hrefs('request')).toEqual([
      [helpPath('danger'), false],
      [helpPath('struggling'), false],
    ]);
    expect(helpPath('crisis')).toBe('/help/#crisis');
  });

  const words = (kind: keyof typeof SAFETY_SECTIONS) =>
    [SAFETY_SECTIONS[kind].title, ...SAFETY_SECTIONS[kind].paragraphs.map(paragraphText)].join(' ');

  it('the crisis result says the reader matters, gives crisis lines and asks them to talk to someone today, and nothing about the ex or court orders', () => {
    const text = words('crisis');
    expect(text).toMatch(/You matter/);
    expect(text).toMatch(/emergency number/);
    expect(text).toMatch(/crisis line/);
    expect(text).toMatch(/tell someone today/);
    expect(text).not.toMatch(/court|order|ex\b|them again|reconnect|getting back|contact/i);
    expect(SAFETY_SECTIONS.crisis.paragraphs[0]![0]).toEqual({ strong: expect.stringMatching(/local emergency number now\.$/) });
    expect(SAFETY_SECTIONS.crisis.paragraphs[0]).toContainEqual({ link: HELPLINE_LINK });
    expect(HELPLINE_LINK).toEqual({ label: 'findahelpline.com', href: 'https://findahelpline.com', external: true });
  });

  it('the abuse result says why not to reconnect, and covers helplines, safety planning and the quick-exit habit', () => {
    const text = words('abuse');
    expect(text).toMatch(/getting back together is not the goal/);
    expect(text).toMatch(/domestic abuse helpline/);
    expect(text).toMatch(/safety plan/);
    expect(text).toMatch(/quick-exit habit/);
    expect(text).not.toMatch(/court order/);
  });

  it('the request result asks the reader to respect the request or order, with no contact of any kind', () => {
    const text = words('request');
    expect(text).toMatch(/court order/);
    expect(text).toMatch(/never to contact them again/);
    expect(text).toMatch(/no contact of any kind/);
  });

  it('gives at most 3 reasons, lowest-scoring first, quiz order on ties', () => {
    const result = scoreQuiz(quiz, { q1: 'c', q2: 'x', q3: ['m1', 'none'], q4: 3, q5: 'p', safety: ['none'] });
    // Reasons scoring 0, in quiz order: q2 x, q3 none, q4 under a week, q5 p.
    expect(result).toMatchObject({ kind: 'band', reasons: ['You chose x.', 'You chose none.', 'Under a week.'] });
  });

  it('skips answers without a reason and never repeats one', () => {
    const result = scoreQuiz(quiz, { q1: 'b', q2: 'y', q3: ['m2'], q4: 14, q5: 'q', safety: ['none'] });
    expect(result).toMatchObject({ kind: 'band', reasons: ['You chose m2.', 'You chose y.', 'Two weeks or more.'] });
  });

  it('throws when no band covers the total', () => {
    const broken = { ...quiz, bands: quiz.bands.slice(0, 1) };
    expect(() => scoreQuiz(broken, highest)).toThrow(/No band covers the score 9/);
  });

  it('puts every complete, safe set of answers in the band that holds its total', () => {
    const q3 = fc.subarray(['m1', 'm2', 'none'], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'b', 'c'),
        fc.constantFrom('x', 'y'),
        q3,
        fc.nat({ max: 5000 }),
        fc.constantFrom('p', 'q'),
        (q1, q2, q3, q4, q5) => {
          const result = scoreQuiz(quiz, { q1, q2, q3, q4, q5, safety: ['none'] });
          if (result.kind !== 'band') return false;
          const { min, max } = scoreRange(quiz);
          return (
            result.score >= min &&
            result.score <= max &&
            result.score >= result.band.min &&
            result.score <= result.band.max &&
            result.reasons.length <= 3
          );
        },
      ),
    );
  });
});

describe('scoreQuiz with caps', () => {
  /** The fixture with a: caps at Low, b: caps at Mid, and 0–6 and 7–13 days capping at Mid. */
  function capped(): Quiz {
    const r = raw();
    r.questions[0]!.options![0]!.caps = 'low';
    r.questions[0]!.options![1]!.caps = 'mid';
    r.questions[0]!.options![1]!.reason = 'You chose b.';
    r.questions[3]!.ranges![0]!.caps = 'mid';
    r.questions[3]!.ranges![1]!.caps = 'mid';
    return quizSchema.parse(r);
  }
  const cq = capped();

  it('holds a total in the top band down to the cap, and names the answer that held it back', () => {
    // q1 a (0) + 2 + 2 + 2 + 1 = 7: High by the total, held at Low by a.
    const result = scoreQuiz(cq, { ...highest, q1: 'a' });
    expect(result).toMatchObject({ kind: 'band', score: 7, band: { id: 'low' } });
    expect(result.kind === 'band' && result.heldBack).toEqual({ lead: heldBackLead('High'), reasons: ['You chose a.'] });
    expect(result.kind === 'band' && result.reasons).not.toContain('You chose a.');
  });

  it('applies the lowest of several caps and names each answer that held the result below its band', () => {
    const result = scoreQuiz(cq, { ...highest, q1: 'b', q4: 3 });
    // 1 + 2 + 2 + 0 + 1 = 6: Mid by the total; b and the days cap at Mid, so nothing is held back.
    expect(result).toMatchObject({ kind: 'band', score: 6, band: { id: 'mid' } });
    expect(result.kind === 'band' && result.heldBack).toBeUndefined();
    const high = scoreQuiz(cq, { ...highest, q1: 'b', q4: 7 });
    // 1 + 2 + 2 + 1 + 1 = 7: High by the total, held at Mid by b and by the days.
    expect(high).toMatchObject({ kind: 'band', score: 7, band: { id: 'mid' } });
    expect(high.kind === 'band' && high.heldBack?.reasons).toEqual(['You chose b.', 'One week.']);
  });

  it('leaves a total below every cap where it is', () => {
    expect(scoreQuiz(cq, { ...lowest, q1: 'a' })).toMatchObject({ kind: 'band', score: 0, band: { id: 'low' } });
    expect(scoreQuiz(cq, lowest)).not.toHaveProperty('heldBack');
  });

  it('says how many days remain until the first range without a cap', () => {
    expect(scoreQuiz(cq, { ...highest, q4: 0 })).toMatchObject({ wait: daysLeftText(0, 14) });
    expect(scoreQuiz(cq, { ...highest, q4: 13 })).toMatchObject({ wait: daysLeftText(13, 14) });
    expect(scoreQuiz(cq, { ...highest, q4: 14 })).not.toHaveProperty('wait');
    expect(daysLeftText(12, 30)).toBe(
      'It has been 12 days. The guide asks for at least 30 days of no contact first, so there are 18 days to go.',
    );
    expect(daysLeftText(1, 2)).toBe('It has been 1 day. The guide asks for at least 2 days of no contact first, so there is 1 day to go.');
  });

  it('gives no wait when no later range is free of caps', () => {
    const r = raw();
    for (const range of r.questions[3]!.ranges!) range.caps = 'mid';
    expect(scoreQuiz(quizSchema.parse(r), highest)).not.toHaveProperty('wait');
  });

  it('marks the result band on a scale of every band, lowest first', () => {
    const result = scoreQuiz(cq, { ...highest, q1: 'a' });
    expect(result.kind === 'band' && result.scale).toEqual([
      { id: 'low', title: 'Low', current: true },
      { id: 'mid', title: 'Mid', current: false },
      { id: 'high', title: 'High', current: false },
    ]);
  });

  it('throws on a cap naming no band, which the schema would have rejected', () => {
    const broken: Quiz = {
      ...cq,
      questions: cq.questions.map((q, i) => (i === 0 ? { ...q, options: q.options!.map((o) => ({ ...o, caps: 'gone' })) } : q)),
    };
    expect(() => scoreQuiz(broken, highest)).toThrow(/No band has the id "gone"/);
  });
});

describe('paragraphText', () => {
  it.each<[string, Parameters<typeof paragraphText>[0], string]>([
    ['no runs', [], ''],
    ['plain text', ['Plain.'], 'Plain.'],
    [
      'emphasis, text and a link, in order',
      [{ strong: 'Bold' }, ', then ', { link: { label: 'a link', href: '/x/', external: false } }, '.'],
      'Bold, then a link.',
    ],
  ])('%s', (_, paragraph, text) => {
    expect(paragraphText(paragraph)).toBe(text);
  });
});

describe('scoringKey', () => {
  it('lists the bands lowest first with the possible totals', () => {
    const shuffled = { ...quiz, bands: [quiz.bands[2]!, quiz.bands[0]!, quiz.bands[1]!] };
    expect(scoringKey(shuffled)).toEqual({
      min: 0,
      max: 9,
      bands: [
        { min: 0, max: 3, title: 'Low' },
        { min: 4, max: 6, title: 'Mid' },
        { min: 7, max: 9, title: 'High' },
      ],
    });
  });
});

describe('dayRangeLabel', () => {
  it.each([
    [{ min: 0, max: 20, score: 0 }, '0–20 days'],
    [{ min: 1, max: 1, score: 0 }, '1 day'],
    [{ min: 7, max: 7, score: 0 }, '7 days'],
    [{ min: 45, score: 0 }, '45 days or more'],
  ])('%o → %s', (range, label) => {
    expect(dayRangeLabel(range)).toBe(label);
  });
});
