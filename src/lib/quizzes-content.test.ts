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
  ['acceptance', ['Still fighting it', 'Getting there', 'You’ve accepted it, for now']],
  ['ready-to-reach-out', ['Not yet', 'Almost', 'You may be ready for a gentle hello']],
  ['dating-motives', ['Mostly about your ex', 'Mixed motives', 'For you']],
] as const;

/** The answers the issue and the chapters name as signs of not being ready: each must cap the result. */
const CAPPED: Record<(typeof QUIZZES)[number][0], string[]> = {
  'ready-to-reach-out': [
    'seeing-them/plead', // begging
    'motive/win', // proving a point
    'motive/alone', // fear of being alone
    'if-they-say-no/change-their-mind', // trying to change their mind
    'time-apart/watching', // checking on them
    'complete-silence/breaks',
    'complete-silence/small-signs', // no contact means all contact (absence)
    'enjoying-life/partly-for-them', // a good time staged for an audience (happiness)
  ],
  acceptance: ['pleading/still', 'arguing/often', 'what-you-control/right-words', 'anger/at-them'],
  'dating-motives': ['making-sure-they-know/certain', 'what-draws-you/ex-finding-out', 'no-reaction/pointless'],
};

/** Every safety-free way to answer `q`, one per distinct score; without caps when `free`. */
function safeCandidates(q: Question, free: boolean): { score: number; answer: Answer }[] {
  const found = new Map<number, Answer>();
  if (q.kind === 'days') {
    for (const r of q.ranges ?? []) if (!found.has(r.score) && !(free && r.caps)) found.set(r.score, r.min);
  } else {
    const safe = (q.options ?? []).filter((o) => o.safety === undefined && !(free && o.caps));
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

/** For each reachable total, one complete, safety-free set of answers that reaches it; without capping answers when `free`. */
function reachableTotals(quiz: Quiz, free = false): Map<number, Answers> {
  let totals = new Map<number, Answers>([[0, {}]]);
  for (const q of quiz.questions) {
    const next = new Map<number, Answers>();
    for (const [total, answers] of totals) {
      for (const { score, answer } of safeCandidates(q, free)) {
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

  it('starts with a safety question covering every flag, scoring 0, with a way to say none apply, and says why it comes first', () => {
    const safety = quiz.questions[0]!;
    expect(safety.hint).toMatch(/^We ask this first because /);
    expect(safety.kind).toBe('multiple');
    const flagged = (safety.options ?? []).filter((o) => o.safety !== undefined);
    expect(flagged.map((o) => o.safety).sort()).toEqual([...SAFETY_FLAGS].sort());
    expect(flagged.every((o) => o.score === 0)).toBe(true);
    expect(safety.options?.some((o) => o.safety === undefined && o.score === 0)).toBe(true);
  });

  it('flags safety in that question only', () => {
    const flaggedQuestions = quiz.questions.filter((q) => q.options?.some((o) => o.safety !== undefined));
    expect(flaggedQuestions).toEqual([quiz.questions[0]]);
  });

  it('marks the answers the chapters warn against as caps', () => {
    const capped = quiz.questions.flatMap((q) => (q.options ?? []).filter((o) => o.caps).map((o) => `${q.id}/${o.id}`));
    expect(capped).toEqual(expect.arrayContaining(CAPPED[id]));
  });

  it('gives a reason for every scored answer', () => {
    for (const q of quiz.questions) {
      for (const o of q.options ?? [])
        if (o.safety === undefined && o.label !== 'None of these') expect(o.reason, `${q.id}/${o.id}`).toBeTruthy();
      for (const r of q.ranges ?? []) expect(r.reason, `${q.id} from ${r.min}`).toBeTruthy();
    }
  });

  it('reaches its top band with complete, safe answers that cap nothing', () => {
    const top = [...quiz.bands].sort((a, b) => b.min - a.min)[0]!;
    const witness = [...reachableTotals(quiz, true)].find(([total]) => total >= top.min && total <= top.max);
    expect(witness, `no uncapped answers total ${top.min}–${top.max}`).toBeDefined();
    expect(scoreQuiz(quiz, witness![1])).toMatchObject({ kind: 'band', band: { id: top.id } });
    expect(scoreQuiz(quiz, witness![1])).not.toHaveProperty('heldBack');
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

  it('caps every day range under 30 days at its lowest band, and none from 30 on', () => {
    const lowestBand = [...quiz.bands].sort((a, b) => a.min - b.min)[0]!;
    const days = quiz.questions.find((q) => q.kind === 'days')!;
    for (const range of days.ranges!) expect(range.caps, `from ${range.min}`).toBe(range.min < 30 ? lowestBand.id : undefined);
    expect(days.ranges!.find((r) => r.caps === undefined)?.min).toBe(30);
  });

  it('says even the top band promises nothing and leaves the choice with both of them', () => {
    const top = [...quiz.bands].sort((a, b) => b.min - a.min)[0]!;
    expect(top.explanation).toMatch(/promise/);
    expect(top.explanation).toMatch(/their choice stays theirs/);
  });
});
