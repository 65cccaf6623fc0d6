import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { planSchema } from './lib/plan-schema';
import { quizSchema } from './lib/quiz-schema';

/**
 * Frontmatter of a chapter in `content/chapters/<slug>.mdx`. Strict: an
 * unknown or mistyped key fails the build, naming the file.
 */
export const chapterSchema = z.strictObject({
  /** The chapter's title, shown as its H1 and in every list of chapters. */
  title: z.string().trim().min(3).max(80),
  /** One sentence for the home page, search results and link previews; at most 160 characters. */
  description: z.string().trim().min(40).max(160),
  /** Position in the guide, starting at 0 for the introduction; unique across chapters. */
  order: z.number().int().min(0),
  /** The part of the guide it belongs to: 1, the way through (read in order); 2, "Your situation" (read what fits). */
  part: z.union([z.literal(1), z.literal(2)]),
});

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
  schema: chapterSchema,
});

/** Frontmatter of a standalone page in `content/pages/<slug>.mdx` (help, about), served at `/<slug>/`. */
export const pageSchema = z.strictObject({
  /** The page's H1 and title. */
  title: z.string().trim().min(3).max(90),
  /** Meta description and link-preview text; at most 160 characters. */
  description: z.string().trim().min(40).max(160),
  /** One or two words above the title on the page's preview image. */
  kicker: z.string().trim().min(2).max(30),
});

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.mdx' }),
  schema: pageSchema,
});

/** Readiness quizzes in `content/quizzes/<id>.yaml`; the schema (src/lib/quiz-schema.ts) checks bands and ids. */
const quizzes = defineCollection({
  loader: glob({ base: './content/quizzes', pattern: '*.yaml' }),
  schema: quizSchema,
});

/**
 * The day-by-day plan in `content/plan/days.yaml`: one entry, id `days`. The
 * schema (src/lib/plan-schema.ts) checks every day from 1 to 60 once and in
 * order, each prompt's length and chapter slug; `getPlanDays` checks that the
 * chapters exist.
 */
const plan = defineCollection({
  loader: glob({ base: './content/plan', pattern: '*.yaml' }),
  schema: planSchema,
});

export const collections = { chapters, pages, quizzes, plan };
