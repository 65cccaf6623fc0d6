/** The minimum a chapter entry needs to be ordered (an Astro collection entry fits). */
export interface OrderableChapter {
  /** URL slug: the file name without `.mdx`. */
  id: string;
  /** Path of the source file, for error messages. */
  filePath?: string | undefined;
  data: { order: number };
}

/** Where a chapter stands in the guide, with its neighbours. */
export interface ChapterPosition<T> {
  /** 1-based, for "Chapter N of M". */
  number: number;
  total: number;
  prev: T | undefined;
  next: T | undefined;
}

/**
 * Sorts chapters by `data.order`, ascending.
 * @throws Error naming both files when two chapters share an order.
 */
export function orderChapters<T extends OrderableChapter>(chapters: readonly T[]): T[] {
  const seen = new Map<number, T>();
  for (const chapter of chapters) {
    const twin = seen.get(chapter.data.order);
    if (twin) {
      throw new Error(
        `Chapters ${twin.filePath ?? twin.id} and ${chapter.filePath ?? chapter.id} both have order ${chapter.data.order}; each chapter needs its own.`,
      );
    }
    seen.set(chapter.data.order, chapter);
  }
  return [...chapters].sort((a, b) => a.data.order - b.data.order);
}

/**
 * The position of the chapter `id` in an ordered list, with the chapters
 * before and after it.
 * @throws Error when `id` is not in the list.
 */
export function chapterPosition<T extends { id: string }>(ordered: readonly T[], id: string): ChapterPosition<T> {
  const index = ordered.findIndex((c) => c.id === id);
  if (index === -1) throw new Error(`No chapter with id "${id}"`);
  return {
    number: index + 1,
    total: ordered.length,
    prev: ordered[index - 1],
    next: ordered[index + 1],
  };
}

/**
 * The guide's parts, by the number a chapter's `part` holds: one name for
 * every list, heading and pager that shows them.
 */
export const GUIDE_PARTS = {
  1: { title: 'The way through', intro: 'Read these in order, one a day if you like.' },
  2: { title: 'Your situation', intro: 'Read whichever fits what is happening to you.' },
} as const;

/** A part of the guide: 1, the way through; 2, your situation. */
export type GuidePart = keyof typeof GUIDE_PARTS;

/** The label of a part as lists and pagers show it: "Part 2 · Your situation". */
export function partLabel(part: GuidePart): string {
  return `Part ${part} · ${GUIDE_PARTS[part].title}`;
}

/** One part of the guide with its chapters, as {@link groupByPart} gives it. */
export interface PartGroup<T> {
  part: GuidePart;
  title: string;
  intro: string;
  /** 1-based number of the part's first chapter in the whole guide, for numbered lists. */
  start: number;
  chapters: T[];
}

/**
 * Splits chapters already in guide order into their parts, in part order.
 * A part with no chapters is left out, so its heading is never shown empty.
 * @throws Error when a chapter of an earlier part comes after a later part's:
 * the guide is read straight through, so each part's chapters must follow the last.
 */
export function groupByPart<T extends { part: GuidePart; slug?: string }>(ordered: readonly T[]): PartGroup<T>[] {
  const groups: PartGroup<T>[] = [];
  ordered.forEach((chapter, index) => {
    const last = groups.at(-1);
    if (last && chapter.part < last.part) {
      throw new Error(
        `Chapter ${chapter.slug ?? index + 1} is in part ${chapter.part} but comes after part ${last.part}; give it a lower order.`,
      );
    }
    if (last?.part === chapter.part) last.chapters.push(chapter);
    else groups.push({ part: chapter.part, ...GUIDE_PARTS[chapter.part], start: index + 1, chapters: [chapter] });
  });
  return groups;
}
