import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByPart, orderChapters, type GuidePart, type PartGroup } from '~/lib/chapters';
import { countWords, readingMinutes } from '~/lib/reading-time';
import { chapterPath, withBase } from '~/lib/url';

/** A chapter with what every page needs to list or link it. */
export interface ChapterSummary {
  slug: string;
  title: string;
  description: string;
  order: number;
  /** The part of the guide it belongs to. */
  part: GuidePart;
  /** Words of prose in the chapter. */
  words: number;
  /** Estimated reading time, whole minutes (at least 1). */
  minutes: number;
  entry: CollectionEntry<'chapters'>;
}

/**
 * Every chapter, in guide order, with word count and reading time.
 * @throws Error (failing the build) when two chapters share an order.
 */
export async function getChapters(): Promise<ChapterSummary[]> {
  const entries = orderChapters(await getCollection('chapters'));
  return entries.map((entry) => {
    const words = countWords(entry.body ?? '');
    return {
      slug: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      order: entry.data.order,
      part: entry.data.part,
      words,
      minutes: readingMinutes(words),
      entry,
    };
  });
}

/**
 * Every chapter, in guide order, grouped by part; a part without chapters is left out.
 * @throws Error (failing the build) when two chapters share an order, or a part-1 chapter comes after a part-2 one.
 */
export async function getChapterParts(): Promise<PartGroup<ChapterSummary>[]> {
  return groupByPart(await getChapters());
}

/** A chapter as a link: its title and URL (with the site's base path). */
export interface ChapterLink {
  title: string;
  href: string;
}

/** Every chapter by slug, as a link: what widgets need to point readers to a chapter. */
export async function getChapterLinks(): Promise<Record<string, ChapterLink>> {
  const base = import.meta.env.BASE_URL;
  return Object.fromEntries((await getChapters()).map((c) => [c.slug, { title: c.title, href: withBase(base, chapterPath(c.slug)) }]));
}
