import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

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
});

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
  schema: chapterSchema,
});

export const collections = { chapters };
