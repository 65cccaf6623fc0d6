/** Words per minute used for reading-time estimates (an adult reading on a screen). */
export const WORDS_PER_MINUTE = 220;

/**
 * Counts the words a reader will see in a Markdown/MDX source.
 *
 * Frontmatter, code, import/export lines, JSX/HTML tags, link targets and
 * Markdown punctuation are not words; the text inside components is.
 */
export function countWords(source: string): number {
  const text = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ' ') // frontmatter
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/^(?:import|export)\s.*$/gm, ' ') // MDX module lines
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (attributes are not prose)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // keep link text, drop the URL
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions
    .replace(/^\s*\d+[.)]\s+/gm, ' '); // ordered-list numbers
  const words = text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/**
 * Minutes needed to read `words` words, rounded up, never less than 1.
 * @throws RangeError when `words` is negative or not finite.
 */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words < 0) throw new RangeError(`Invalid word count: ${words}`);
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** A short, human label for a reading time: "1 min read", "6 min read". */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
