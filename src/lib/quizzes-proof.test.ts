import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SAFETY_KIND_OF, SAFETY_KINDS, scoreQuiz, type Answer, type Answers, type Band, type Question, type Quiz } from './quiz';

// Millions of scorings: far longer than a unit test's default 5 s.
const LONG = 120_000;
import { quizSchema } from './quiz-schema';

// Proof, not examples: every answer combination of each quiz (safety answers
// and days by representative values), each checked against the rules the
// guide sets: caps hold, safety answers give the matching safety results,
// under 30 days never reaches the top two bands, and every band is reachable.

const load = (id: string): Quiz => quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')));

/** Days answers that stand for every day: each range's first and last day, and a day far past the last. */
function dayValues(q: Question): number[] {
  return [...new Set((q.ranges ?? []).flatMap((r) => [r.min, r.max ?? r.min + 1000]))];
}

/** Every valid answer to a non-safety question: each option, every non-empty subset, or each representative day. */
function answersTo(q: Question): Answer[] {
  if (q.kind === 'days') return dayValues(q);
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.kind === 'single') return ids;
  const all: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) all.push(ids.filter((_, i) => mask & (1 << i)));
  return all;
}

/** Calls `visit` with every combination of `choices` (one answer per question), reusing one object. */
function forEachCombination(questions: readonly Question[], choices: readonly Answer[][], base: Answers, visit: (a: Answers) => void) {
  const answers: Answers = { ...base };
  const walk = (i: number) => {
    if (i === questions.length) return visit(answers);
    for (const answer of choices[i]!) {
      answers[questions[i]!.id] = answer;
      walk(i + 1);
    }
  };
  walk(0);
}

/** What a set of answers must give, by the rules, and a check of a result against it (throws on the first breach). */
function checker(quiz: Quiz) {
  const bands = [...quiz.bands].sort((a, b) => a.min - b.min);
  const rank = new Map(bands.map((b, i) => [b.id, i]));
  const safetyQuestion = quiz.questions.find((q) => q.options?.some((o) => o.safety))!;
  const kindsOf = new Map((safetyQuestion.options ?? []).flatMap((o) => (o.safety ? [[o.id, SAFETY_KIND_OF[o.safety]] as const] : [])));
  const days = quiz.questions.find((q) => q.kind === 'days');
  // Question id → option id → the rank of its cap; for days, each range with its cap's rank.
  const optionCaps = new Map(
    quiz.questions.map((q) => [q.id, new Map((q.options ?? []).flatMap((o) => (o.caps ? [[o.id, rank.get(o.caps)!] as const] : [])))]),
  );
  const rangeCaps = (days?.ranges ?? []).map((r) => ({ min: r.min, max: r.max ?? Infinity, cap: r.caps ? rank.get(r.caps)! : Infinity }));
  const reached = new Set<string>();
  let checked = 0;
  const fail = (answers: Answers, why: string) => {
    throw new Error(`${JSON.stringify(answers)}: ${why}`);
  };

  function check(answers: Answers): void {
    checked++;
    const result = scoreQuiz(quiz, answers);
    const chosen = [answers[safetyQuestion.id]].flat() as string[];
    const kinds = new Set(chosen.flatMap((id) => kindsOf.get(id) ?? []));
    if (kinds.size > 0) {
      // Any safety answer → exactly the matching safety results, most urgent first.
      if (result.kind !== 'safety') return fail(answers, `expected a safety result, got ${result.kind}`);
      const expected = SAFETY_KINDS.filter((k) => kinds.has(k)).join();
      if (result.kinds.join() !== expected) fail(answers, `safety results ${expected} expected`);
      return;
    }
    if (result.kind !== 'band') return fail(answers, `expected a band, got ${result.kind}`);
    const at = rank.get(result.band.id)!;
    reached.add(result.band.id);
    // Every capping answer → never above its cap.
    let lowestCap = Infinity;
    for (const q of quiz.questions) {
      const answer = answers[q.id]!;
      if (q === days) {
        const d = answer as number;
        lowestCap = Math.min(lowestCap, rangeCaps.find((r) => d >= r.min && d <= r.max)!.cap);
        continue;
      }
      const caps = optionCaps.get(q.id)!;
      if (caps.size === 0) continue;
      for (const id of [answer].flat() as string[]) lowestCap = Math.min(lowestCap, caps.get(id) ?? Infinity);
    }
    if (at > lowestCap) fail(answers, `"${result.band.id}" is above a cap`);
    // Otherwise the band of the total, and a held-back note exactly when a cap lowered it.
    const byTotal = bands.findIndex((b: Band) => result.score >= b.min && result.score <= b.max);
    if (at !== Math.min(byTotal, lowestCap)) fail(answers, `band ${at}, expected ${Math.min(byTotal, lowestCap)}`);
    if ((result.heldBack !== undefined) !== at < byTotal || result.heldBack?.reasons.length === 0) {
      fail(answers, 'the held-back note does not match');
    }
    // Under 30 days → never the top two bands, and the days left are said.
    if (days && (answers[days.id] as number) < 30) {
      const left = 30 - (answers[days.id] as number);
      if (at >= bands.length - 2) fail(answers, `"${result.band.id}" in under 30 days`);
      if (!result.wait?.endsWith(`there ${left === 1 ? 'is 1 day' : `are ${left} days`} to go.`)) fail(answers, 'no days left');
    }
  }
  return { check, reached, bands, safetyQuestion, count: () => checked };
}

/** Every non-empty subset of the safety question's options that flags something. */
function flaggedSubsets(q: Question): string[][] {
  return (answersTo(q) as string[][]).filter((ids) => ids.some((id) => q.options!.find((o) => o.id === id)!.safety));
}

describe.each([
  // quiz id, combinations checked without a safety flag, with one
  ['acceptance', 2_187, 2_187 * 254],
  ['dating-motives', 729, 729 * 254],
] as const)('every answer combination of %s', (id, safe, flagged) => {
  const quiz = load(id);

  it(
    `checks all ${safe + flagged} combinations: caps hold, safety answers give their results, every band is reachable`,
    () => {
      const c = checker(quiz);
      const others = quiz.questions.filter((q) => q !== c.safetyQuestion);
      const choices = others.map(answersTo);
      forEachCombination(others, choices, { [c.safetyQuestion.id]: ['none'] }, c.check);
      expect(c.count()).toBe(safe);
      expect([...c.reached].sort()).toEqual(c.bands.map((b) => b.id).sort());
      for (const subset of flaggedSubsets(c.safetyQuestion)) {
        forEachCombination(others, choices, { [c.safetyQuestion.id]: subset }, c.check);
      }
      expect(c.count()).toBe(safe + flagged);
    },
    LONG,
  );
});

describe('every answer combination of ready-to-reach-out', () => {
  const quiz = load('ready-to-reach-out');
  // 8 day values (each range's first and last day, and 1,045) × 3 × 4 × 3 × 31 × 3 × 4 × 3 × 3 = 964,224 without a safety flag.
  const SAFE = 964_224;

  it(
    `checks all ${SAFE} safe combinations: caps hold, under 30 days is never in the top two bands, every band is reachable`,
    () => {
      const c = checker(quiz);
      const others = quiz.questions.filter((q) => q !== c.safetyQuestion);
      forEachCombination(others, others.map(answersTo), { [c.safetyQuestion.id]: ['none'] }, c.check);
      expect(c.count()).toBe(SAFE);
      expect([...c.reached].sort()).toEqual(c.bands.map((b) => b.id).sort());
    },
    LONG,
  );

  it('checks every day from 0 to 400 with every other answer at its best and at its worst', () => {
    const c = checker(quiz);
    const days = quiz.questions.find((q) => q.kind === 'days')!;
    const rest = quiz.questions.filter((q) => q !== days && q !== c.safetyQuestion);
    for (const pick of [0, -1]) {
      const answers: Answers = { [c.safetyQuestion.id]: ['none'] };
      for (const q of rest) {
        const best = [...q.options!].sort((a, b) => a.score - b.score).at(pick)!;
        answers[q.id] = q.kind === 'multiple' ? [best.id] : best.id;
      }
      for (let d = 0; d <= 400; d++) c.check({ ...answers, [days.id]: d });
    }
    expect(c.count()).toBe(802);
    expect(c.reached.has('gentle-hello')).toBe(true);
  });

  it(
    'checks every one of the 254 flagged safety answers with every capped answer of each question',
    () => {
      const c = checker(quiz);
      const others = quiz.questions.filter((q) => q !== c.safetyQuestion);
      // Per question: its capping answers, or its best answer when none caps.
      const choices = others.map((q) => {
        if (q.kind === 'days') return (q.ranges ?? []).filter((r) => r.caps).map((r) => r.min);
        const capped = (q.options ?? []).filter((o) => o.caps).map((o) => (q.kind === 'multiple' ? [o.id] : o.id));
        return capped.length > 0 ? capped : [q.kind === 'multiple' ? [q.options![0]!.id] : q.options![0]!.id];
      });
      const combos = choices.reduce((n, list) => n * list.length, 1);
      for (const subset of [['none'], ...flaggedSubsets(c.safetyQuestion)]) {
        forEachCombination(others, choices, { [c.safetyQuestion.id]: subset }, c.check);
      }
      expect(c.count()).toBe(combos * 255);
    },
    LONG,
  );

  it(
    'holds for 100,000 random answer sets, safety answers and any number of days included',
    () => {
      const c = checker(quiz);
      const arbitraries = quiz.questions.map((q): fc.Arbitrary<Answer> => {
        if (q.kind === 'days') return fc.nat({ max: 2000 });
        const ids = q.options!.map((o) => o.id);
        return q.kind === 'single' ? fc.constantFrom(...ids) : fc.subarray(ids, { minLength: 1 });
      });
      fc.assert(
        fc.property(fc.tuple(...arbitraries), (values) => {
          c.check(Object.fromEntries(quiz.questions.map((q, i) => [q.id, values[i]!])));
        }),
        { numRuns: 100_000 },
      );
      expect(c.count()).toBe(100_000);
    },
    LONG,
  );
});
