import { z } from 'astro/zod';
import { SLUG_PATTERN } from './read-progress';

/**
 * What a safety option can flag. Any one of them, once chosen, replaces the
 * score with the safety result: reconnecting is not the goal, and help comes first.
 */
export const SAFETY_FLAGS = [
  'violence',
  'threats',
  'stalking',
  'coercive-control',
  'court-order',
  'no-contact-request',
  'self-harm',
] as const;

/** One of {@link SAFETY_FLAGS}. */
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

/** The prefill that fills a days question from the no-contact tracker (days since the last contact). */
export const DAYS_SINCE_CONTACT = 'days-since-contact';

/** Every prefill a days question may name. */
export const PREFILLS = [DAYS_SINCE_CONTACT] as const;

/** One of {@link PREFILLS}. */
export type Prefill = (typeof PREFILLS)[number];

/** Where the safety result sends the reader (without the site's base path). */
export const HELP_PATH = '/help/';

/** Title of the safety result. */
export const SAFETY_TITLE = 'Your safety comes first';

/** Put first in the safety result when the reader chose the self-harm option. */
export const SELF_HARM_MESSAGE =
  'If you are having thoughts of harming yourself, please call your local emergency number now, or find a free, confidential helpline near you at findahelpline.com. You do not have to carry this on your own.';

/** The body of every safety result. */
export const SAFETY_MESSAGE =
  'Where there has been violence, threats, stalking or coercive control, or where there is a court order or a request never to be contacted, reconnecting is not the goal, and the plan in this guide is not the right one for you. Keeping your distance protects you and respects what has been asked. Your score does not matter here. The help page lists people who can listen and help, in confidence.';

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
});

/** The kinds of question: one option, one or more options, or a whole number of days. */
export const QUESTION_KINDS = ['single', 'multiple', 'days'] as const;

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
/** A question kind. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** An answer. single: an option id; multiple: option ids (at least one, no repeats); days: a whole number, 0 or more. */
export type Answer = string | string[] | number;

/** Answers keyed by question id. */
export type Answers = Record<string, Answer>;

/** The outcome of {@link scoreQuiz}. */
export type QuizResult =
  | {
      kind: 'incomplete';
      /** Ids of the questions without a valid answer, in quiz order. */
      missing: string[];
    }
  | {
      kind: 'safety';
      /** The flags chosen, in {@link SAFETY_FLAGS} order. */
      flags: SafetyFlag[];
      /** {@link SAFETY_TITLE}. */
      title: string;
      /** Starts with {@link SELF_HARM_MESSAGE} when `selfHarm` is true. */
      explanation: string;
      /** True when the reader chose the self-harm option: show the emergency line first. */
      selfHarm: boolean;
      /** {@link HELP_PATH}: link it, with the site's base path. */
      helpPath: typeof HELP_PATH;
    }
  | {
      kind: 'band';
      /** The total. */
      score: number;
      /** The band whose range holds the total. */
      band: Band;
      /** Up to 3 sentences from the reader's own answers, lowest-scoring first. */
      reasons: string[];
    };

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
      problems.push(`day ranges ${rangeLabel(prev)} and ${rangeLabel(range)} overlap at ${span(range.min, Math.min(prev.max, range.max ?? prev.max))}`);
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

/**
 * The lowest and highest totals a complete set of answers can reach. A multiple
 * question needs at least one option, so its lowest is the sum of its negative
 * scores (or its single lowest score when none is negative), and its highest
 * the sum of its positive scores (or its single highest).
 */
export function scoreRange(quiz: Pick<Quiz, 'questions'>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const q of quiz.questions) {
    const scores = q.kind === 'days' ? (q.ranges ?? []).map((r) => r.score) : (q.options ?? []).map((o) => o.score);
    if (scores.length === 0) continue;
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    if (q.kind === 'multiple') {
      min += lowest < 0 ? scores.filter((s) => s < 0).reduce((a, b) => a + b, 0) : lowest;
      max += highest > 0 ? scores.filter((s) => s > 0).reduce((a, b) => a + b, 0) : highest;
    } else {
      min += lowest;
      max += highest;
    }
  }
  return { min, max };
}

/**
 * Messages, one per problem, for the quiz's own chapter and each band chapter
 * that is not among `chapterSlugs`; empty when every reference exists.
 */
export function checkQuizChapters(quiz: Quiz, chapterSlugs: readonly string[]): string[] {
  const known = new Set(chapterSlugs);
  const problems: string[] = [];
  if (!known.has(quiz.chapter)) problems.push(`The quiz's chapter "${quiz.chapter}" does not exist`);
  for (const band of quiz.bands) {
    for (const chapter of band.chapters) {
      if (!known.has(chapter)) problems.push(`Band "${band.title}" names chapter "${chapter}", which does not exist`);
    }
  }
  return problems;
}

/** The range a number of days falls in, if any. */
export function dayRangeFor(question: Question, days: number): DayRange | undefined {
  return question.ranges?.find((r) => days >= r.min && (r.max === undefined || days <= r.max));
}

/**
 * True when `answer` is a valid answer to `question`: for single, a known
 * option id; for multiple, a non-empty list of known option ids without
 * repeats; for days, a whole number, 0 or more, that a range scores.
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  const known = new Set((question.options ?? []).map((o) => o.id));
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && known.has(answer);
    case 'multiple':
      return (
        Array.isArray(answer) &&
        answer.length > 0 &&
        new Set(answer).size === answer.length &&
        answer.every((id) => known.has(id))
      );
    case 'days':
      return typeof answer === 'number' && Number.isSafeInteger(answer) && answer >= 0 && dayRangeFor(question, answer) !== undefined;
  }
}

/** Ids of the questions without a valid answer, in quiz order. */
export function missingAnswers(quiz: Quiz, answers: Answers): string[] {
  return quiz.questions.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id);
}

/** The options a reader chose for `question`: known ids only, so a partly invalid answer still counts them. */
function chosenOptions(question: Question, answer: Answer | undefined): Option[] {
  if (question.kind === 'days' || answer === undefined || typeof answer === 'number') return [];
  const ids = new Set(typeof answer === 'string' ? [answer] : answer);
  return (question.options ?? []).filter((o) => ids.has(o.id));
}

/**
 * The safety flags of every chosen option, deduped, in {@link SAFETY_FLAGS}
 * order. Known option ids count even when the rest of an answer is invalid:
 * with safety, a false alarm costs less than a missed one.
 */
export function safetyFlags(quiz: Quiz, answers: Answers): SafetyFlag[] {
  const flags = new Set<SafetyFlag>();
  for (const q of quiz.questions) {
    for (const option of chosenOptions(q, answers[q.id])) if (option.safety) flags.add(option.safety);
  }
  return SAFETY_FLAGS.filter((f) => flags.has(f));
}

/** The band a total falls in, if any. */
export function bandFor(quiz: Pick<Quiz, 'bands'>, score: number): Band | undefined {
  return quiz.bands.find((b) => score >= b.min && score <= b.max);
}

/**
 * Scores a quiz. Safety first: any chosen option with a safety flag gives the
 * safety result, whatever else was or was not answered. Otherwise, unanswered
 * questions give `incomplete`; otherwise the total's band, with up to three
 * reasons from the reader's answers, lowest-scoring first (quiz order on ties).
 * @throws Error when no band covers the total (the quiz did not pass {@link quizSchema}).
 */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const flags = safetyFlags(quiz, answers);
  if (flags.length > 0) {
    const selfHarm = flags.includes('self-harm');
    return {
      kind: 'safety',
      flags,
      title: SAFETY_TITLE,
      explanation: selfHarm ? `${SELF_HARM_MESSAGE} ${SAFETY_MESSAGE}` : SAFETY_MESSAGE,
      selfHarm,
      helpPath: HELP_PATH,
    };
  }

  const missing = missingAnswers(quiz, answers);
  if (missing.length > 0) return { kind: 'incomplete', missing };

  let score = 0;
  const scored: { score: number; reason: string | undefined }[] = [];
  for (const q of quiz.questions) {
    const answer = answers[q.id];
    const parts: { score: number; reason?: string | undefined }[] =
      q.kind === 'days' && typeof answer === 'number' ? [dayRangeFor(q, answer)!] : chosenOptions(q, answer);
    for (const part of parts) {
      score += part.score;
      scored.push({ score: part.score, reason: part.reason });
    }
  }
  const band = bandFor(quiz, score);
  if (!band) throw new Error(`No band covers the score ${score}`);
  // Array.prototype.sort is stable, so equal scores keep quiz order.
  const reasons = [
    ...new Set(
      scored
        .filter((s): s is { score: number; reason: string } => s.reason !== undefined)
        .sort((a, b) => a.score - b.score)
        .map((s) => s.reason),
    ),
  ].slice(0, 3);
  return { kind: 'band', score, band, reasons };
}

/** The bands in score order, lowest first, and the totals possible: the key for scoring by hand. */
export function scoringKey(quiz: Quiz): { min: number; max: number; bands: { min: number; max: number; title: string }[] } {
  return {
    ...scoreRange(quiz),
    bands: [...quiz.bands].sort((a, b) => a.min - b.min).map(({ min, max, title }) => ({ min, max, title })),
  };
}
