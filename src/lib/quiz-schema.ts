import { z } from 'astro/zod';
import { SLUG_PATTERN } from './read-progress';
import { PREFILLS, QUESTION_KINDS, SAFETY_FLAGS, scoreRange } from './quiz-core';

// The quiz schema lives apart from the scorer so that the quiz island, which
// only scores, does not ship Zod to the browser.

/** Ids that occur more than once, each listed once. */
function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** "5" for a single score, "5–9" for a range. */
function span(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** "0–20" for a closed day range, "45+" for the open-ended last one. */
function rangeLabel(range: DayRange): string {
  return range.max === undefined ? `${range.min}+` : `${range.min}–${range.max}`;
}

/** Problems with a days question's ranges: they must run in order from 0, with no gap or overlap, the last open-ended. */
function dayRangeProblems(ranges: readonly DayRange[]): string[] {
  const problems: string[] = [];
  const first = ranges[0];
  if (first && first.min !== 0) problems.push(`the first day range must start at 0, not ${first.min}`);
  ranges.forEach((range, i) => {
    const isLast = i === ranges.length - 1;
    if (range.max === undefined && !isLast) {
      problems.push(`only the last day range may leave out max, but ${rangeLabel(range)} does`);
    }
    if (range.max !== undefined && range.max < range.min) {
      problems.push(`day range ${rangeLabel(range)} ends before it starts`);
    }
    if (range.max !== undefined && isLast) {
      problems.push(`the last day range (${rangeLabel(range)}) must leave out max so that any number of days is scored`);
    }
    const prev = ranges[i - 1];
    if (prev?.max === undefined) return;
    if (range.min <= prev.max) {
      problems.push(
        `day ranges ${rangeLabel(prev)} and ${rangeLabel(range)} overlap at ${span(range.min, Math.min(prev.max, range.max ?? prev.max))}`,
      );
    } else if (range.min > prev.max + 1) {
      problems.push(`no day range covers ${span(prev.max + 1, range.min - 1)} days`);
    }
  });
  return problems;
}

/** Problems with a quiz's bands: together they must cover every total from `lowest` to `highest` exactly once. */
function bandProblems(bands: readonly Band[], { min: lowest, max: highest }: { min: number; max: number }): string[] {
  const problems: string[] = [];
  const name = (b: Band) => `"${b.title}" (${span(b.min, b.max)})`;
  const valid: Band[] = [];
  for (const band of bands) {
    if (band.max < band.min) {
      problems.push(`Band "${band.title}" (${band.min}–${band.max}) ends before it starts`);
      continue;
    }
    if (band.min < lowest) problems.push(`Band ${name(band)} min score ${band.min} is below the lowest possible score ${lowest}`);
    if (band.max > highest) problems.push(`Band ${name(band)} max score ${band.max} is above the highest possible score ${highest}`);
    valid.push(band);
  }
  valid.sort((a, b) => a.min - b.min || a.max - b.max);
  const gap = (from: number, to: number) => {
    const start = Math.max(from, lowest);
    const end = Math.min(to, highest);
    if (start <= end) problems.push(`No band covers ${start === end ? 'score' : 'scores'} ${span(start, end)}`);
  };
  // `reach` is the band reaching highest so far: any later band starting at or below its max overlaps it.
  let reach: Band | undefined;
  for (const band of valid) {
    if (reach && band.min <= reach.max) {
      problems.push(`Bands ${name(reach)} and ${name(band)} overlap at ${span(band.min, Math.min(band.max, reach.max))}`);
    } else {
      gap(reach ? reach.max + 1 : lowest, band.min - 1);
    }
    if (!reach || band.max > reach.max) reach = band;
  }
  gap(reach ? reach.max + 1 : lowest, highest);
  return problems;
}

/** Problems with the caps of a quiz's answers: each must name a band of the quiz, and a safety option needs none. */
function capProblems(quiz: { questions: readonly Question[]; bands: readonly Band[] }): string[] {
  const known = new Set(quiz.bands.map((b) => b.id));
  const problems: string[] = [];
  for (const q of quiz.questions) {
    for (const o of q.options ?? []) {
      if (o.caps !== undefined && !known.has(o.caps)) {
        problems.push(`Option "${q.id}/${o.id}" caps the result at band "${o.caps}", which does not exist`);
      }
      if (o.caps !== undefined && o.safety !== undefined) {
        problems.push(`Option "${q.id}/${o.id}" has a safety flag, which replaces any band, so it cannot cap one`);
      }
    }
    for (const r of q.ranges ?? []) {
      if (r.caps !== undefined && !known.has(r.caps)) {
        problems.push(`Day range ${rangeLabel(r)} of "${q.id}" caps the result at band "${r.caps}", which does not exist`);
      }
    }
  }
  return problems;
}

const slug = z.string().regex(SLUG_PATTERN, 'Use lower-case words joined by hyphens, like "no-contact"');
const text = z.string().trim().min(1);

/** One answer to a single- or multiple-choice question. */
export const optionSchema = z.strictObject({
  /** Unique within its question; stored as the answer. */
  id: slug,
  /** What the reader sees next to the radio button or checkbox. */
  label: text,
  /** Points this option adds to the total; higher means more ready. Safety options score 0. */
  score: z.number().int(),
  /** Choosing this option replaces the score with the safety result. */
  safety: z.enum(SAFETY_FLAGS).optional(),
  /** A short sentence, in the second person, shown in the result when this option is chosen. */
  reason: text.optional(),
  /**
   * The id of the highest band this answer allows: a sign, by the guide, of not
   * being ready, which holds the result at that band or below whatever the total.
   * The result then names this answer (by its `reason`) as what held it back.
   */
  caps: slug.optional(),
});

/** A band of days in a days question, and what it scores. */
export const dayRangeSchema = z.strictObject({
  /** First day in the range (inclusive); 0 or more. */
  min: z.number().int().min(0),
  /** Last day in the range (inclusive); left out on the last range, which has no upper bound. */
  max: z.number().int().min(0).optional(),
  /** Points an answer in this range adds to the total. */
  score: z.number().int(),
  /** A short sentence, in the second person, shown in the result when the answer falls in this range. */
  reason: text.optional(),
  /**
   * The id of the highest band an answer in this range allows (see the option's
   * `caps`). The result also says how many days remain until the first later
   * range without a cap.
   */
  caps: slug.optional(),
});

/** One question of a quiz. */
export const questionSchema = z
  .strictObject({
    /** Unique within the quiz; the key of its answer. */
    id: slug,
    /** The question, as the reader sees it. */
    prompt: text,
    /** A line of help under the prompt. */
    hint: text.optional(),
    /** `single`: choose one option; `multiple`: choose at least one; `days`: a whole number of days, 0 or more. */
    kind: z.enum(QUESTION_KINDS),
    /** The choices of a single or multiple question (at least one); days questions have none. */
    options: z.array(optionSchema).optional(),
    /** How a days question scores: from 0, contiguous, in order, the last open-ended. */
    ranges: z.array(dayRangeSchema).optional(),
    /** For a days question: where the site can fill in the answer for the reader. */
    prefill: z.enum(PREFILLS).optional(),
  })
  .superRefine((q, ctx) => {
    const fail = (message: string, path: PropertyKey[] = []) => ctx.addIssue({ code: 'custom', message, path });
    if (q.kind === 'days') {
      if (q.options !== undefined) fail(`Question "${q.id}" asks for a number of days and cannot have options`, ['options']);
      if (q.ranges === undefined || q.ranges.length === 0) {
        fail(`Question "${q.id}" asks for a number of days but has no day ranges to score them`, ['ranges']);
      } else {
        for (const message of dayRangeProblems(q.ranges)) fail(`Question "${q.id}": ${message}`, ['ranges']);
      }
      return;
    }
    if (q.ranges !== undefined) fail(`Question "${q.id}" is a ${q.kind}-choice question and cannot have day ranges`, ['ranges']);
    if (q.prefill !== undefined) fail(`Question "${q.id}" is a ${q.kind}-choice question and cannot be prefilled`, ['prefill']);
    if (q.options === undefined || q.options.length === 0) {
      fail(`Question "${q.id}" has no options`, ['options']);
      return;
    }
    for (const id of duplicates(q.options.map((o) => o.id))) {
      fail(`Question "${q.id}" has more than one option with id "${id}"`, ['options']);
    }
  });

/** One result band: every total from `min` to `max` gives this result. */
export const bandSchema = z.strictObject({
  /** Unique within the quiz: what a `caps` names, and what the result history keeps. */
  id: slug,
  /** Lowest total in the band (inclusive). */
  min: z.number().int(),
  /** Highest total in the band (inclusive). */
  max: z.number().int(),
  /** The result's heading. */
  title: text,
  /** What the result means, in a few warm sentences. */
  explanation: text,
  /** Slugs of 1–3 chapters to (re)read, most useful first; each must exist. */
  chapters: z.array(slug).min(1).max(3),
  /** One concrete next step. */
  next: text,
});

/** A readiness quiz: `content/quizzes/<id>.yaml`. */
export const quizSchema = z
  .strictObject({
    /** The quiz's title, as a question: "Have you accepted the breakup?" */
    title: text,
    /** One sentence for lists and link previews; at most 160 characters. */
    description: text.max(160),
    /** Slug of the chapter that embeds this quiz; it must exist. */
    chapter: slug,
    /** A short paragraph shown before the first question. */
    intro: text.optional(),
    /** 6–12 questions, in the order they are asked. */
    questions: z.array(questionSchema).min(6).max(12),
    /** Result bands (in any order) that together cover every possible total exactly once. */
    bands: z.array(bandSchema).min(2),
  })
  .superRefine((quiz, ctx) => {
    for (const id of duplicates(quiz.questions.map((q) => q.id))) {
      ctx.addIssue({ code: 'custom', message: `More than one question has id "${id}"`, path: ['questions'] });
    }
    for (const message of bandProblems(quiz.bands, scoreRange(quiz))) {
      ctx.addIssue({ code: 'custom', message, path: ['bands'] });
    }
    for (const id of duplicates(quiz.bands.map((b) => b.id))) {
      ctx.addIssue({ code: 'custom', message: `More than one band has id "${id}"`, path: ['bands'] });
    }
    for (const message of capProblems(quiz)) ctx.addIssue({ code: 'custom', message, path: ['questions'] });
  });

/** A parsed quiz. */
export type Quiz = z.infer<typeof quizSchema>;
/** A parsed question. */
export type Question = z.infer<typeof questionSchema>;
/** A parsed option. */
export type Option = z.infer<typeof optionSchema>;
/** A parsed day range. */
export type DayRange = z.infer<typeof dayRangeSchema>;
/** A parsed result band. */
export type Band = z.infer<typeof bandSchema>;
