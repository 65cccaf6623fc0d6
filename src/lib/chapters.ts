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
