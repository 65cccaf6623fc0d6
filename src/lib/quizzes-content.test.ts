import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type Answer,
  type Answers,
  checkQuizChapters,
  DAYS_SINCE_CONTACT,
  type Question,
  type Quiz,
  SAFETY_FLAGS,
  scoreQuiz,
  scoreRange,
} from './quiz';
import { quizSchema } from './quiz-schema';

const chapterSlugs = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

const load = (id: string): unknown => parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8'));

/** Each quiz with the band titles it must have, lowest first. */
const QUIZZES = [
  ['acceptance', ['Still fighting it', 'Getting there', "You've accepted it, for now"]],
  ['ready-to-reach-out', ['Not yet', 'Almost', 'You may be ready for a gentle hello']],
  ['dating-motives', ['Mostly about your ex', 'Mixed motives', 'For you']],
] as const;

/** Every safety-free way to answer `q`, one per distinct score. */
function safeCandidates(q: Question): { score: number; answer: Answer }[] {
  const found = new Map<number, Answer>();
  if (q.kind === 'days') {
    for (const r of q.ranges ?? []) if (!found.has(r.score)) found.set(r.score, r.min);
  } else {
    const safe = (q.options ?? []).filter((o) => o.safety === undefined);
    if (q.kind === 'single') {
      for (const o of safe) if (!found.has(o.score)) found.set(o.score, o.id);
    } else {
      // Every non-empty subset, as a bit mask over the safe options.
      for (let mask = 1; mask < 1 << safe.length; mask++) {
        const chosen = safe.filter((_, i) => mask & (1 << i));
        const score = chosen.reduce((sum, o) => sum + o.score, 0);
        if (!found.has(score))
          found.set(
            score,
            chosen.map((o) => o.id),
          );
      }
    }
  }
  return [...found].map(([score, answer]) => ({ score, answer }));
}

/** For each reachable total, one complete, safety-free set of answers that reaches it. */
function reachableTotals(quiz: Quiz): Map<number, Answers> {
  let totals = new Map<number, Answers>([[0, {}]]);
  for (const q of quiz.questions) {
    const next = new Map<number, Answers>();
    for (const [total, answers] of totals) {
      for (const { score, answer } of safeCandidates(q)) {
        if (!next.has(total + score)) next.set(total + score, { ...answers, [q.id]: answer });
      }
    }
    totals = next;
  }
  return totals;
}

describe('the quiz files', () => {
  it('are exactly the three quizzes', () => {
    const files = readdirSync('content/quizzes')
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(files).toEqual(QUIZZES.map(([id]) => `${id}.yaml`).sort());
  });
});

describe.each(QUIZZES)('content/quizzes/%s.yaml', (id, titles) => {
  const parsed = quizSchema.safeParse(load(id));
  const quiz = parsed.data!;

  it('passes the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('names only chapters that exist', () => {
    expect(checkQuizChapters(quiz, chapterSlugs)).toEqual([]);
  });

  it('has 6–12 questions', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
    expect(quiz.questions.length).toBeLessThanOrEqual(12);
  });

  it('has its three bands, lowest first', () => {
    expect([...quiz.bands].sort((a, b) => a.min - b.min).map((b) => b.title)).toEqual(titles);
  });

  it('ends with a safety question covering every flag, scoring 0, with a way to say none apply', () => {
    const safety = quiz.questions.at(-1)!;
    expect(safety.kind).toBe('multiple');
    const flagged = (safety.options ?? []).filter((o) => o.safety !== undefined);
    expect(flagged.map((o) => o.safety).sort()).toEqual([...SAFETY_FLAGS].sort());
    expect(flagged.every((o) => o.score === 0)).toBe(true);
    expect(safety.options?.some((o) => o.safety === undefined && o.score === 0)).toBe(true);
  });

  it('flags safety in that question only', () => {
    const flaggedQuestions = quiz.questions.filter((q) => q.options?.some((o) => o.safety !== undefined));
    expect(flaggedQuestions).toEqual([quiz.questions.at(-1)]);
  });

  it('gives a reason for every scored answer', () => {
    for (const q of quiz.questions) {
      for (const o of q.options ?? [])
        if (o.safety === undefined && o.label !== 'None of these') expect(o.reason, `${q.id}/${o.id}`).toBeTruthy();
      for (const r of q.ranges ?? []) expect(r.reason, `${q.id} from ${r.min}`).toBeTruthy();
    }
  });

  it.each(titles)('can reach the band "%s" with complete, safe answers', (title) => {
    const band = quiz.bands.find((b) => b.title === title)!;
    const witness = [...reachableTotals(quiz)].find(([total]) => total >= band.min && total <= band.max);
    expect(witness, `no answers total ${band.min}–${band.max}`).toBeDefined();
    const [total, answers] = witness!;
    expect(scoreQuiz(quiz, answers)).toMatchObject({ kind: 'band', score: total, band: { title } });
  });

  it('reaches its lowest and highest totals', () => {
    const totals = reachableTotals(quiz);
    const { min, max } = scoreRange(quiz);
    expect(totals.has(min) && totals.has(max)).toBe(true);
  });
});

describe('ready-to-reach-out', () => {
  const quiz = quizSchema.parse(load('ready-to-reach-out'));

  it('fills its days question from the no-contact tracker', () => {
    const days = quiz.questions.filter((q) => q.kind === 'days');
    expect(days).toHaveLength(1);
    expect(days[0]?.prefill).toBe(DAYS_SINCE_CONTACT);
  });

  it('cannot reach its top band in under three weeks of no contact', () => {
    const top = [...quiz.bands].sort((a, b) => b.min - a.min)[0]!;
    const days = quiz.questions.find((q) => q.kind === 'days')!;
    const others = scoreRange({ questions: quiz.questions.filter((q) => q !== days) });
    const underThreeWeeks = days.ranges!.find((r) => r.min === 0)!;
    expect(underThreeWeeks.max).toBe(20);
    expect(others.max + underThreeWeeks.score).toBeLessThan(top.min);
  });

  it('says even the top band promises nothing and leaves the choice with both of them', () => {
    const top = [...quiz.bands].sort((a, b) => b.min - a.min)[0]!;
    expect(top.explanation).toMatch(/promise/);
    expect(top.explanation).toMatch(/their choice stays theirs/);
  });
});
