import { countWords } from './reading-time';

/** Word range a chapter's prose must fall in. */
const CHAPTER_WORDS = { min: 600, max: 1400 } as const;

/**
 * Phrases the guide may use at most once in all its chapters together: said
 * twice, they read as a tic.
 */
export const ONCE_IN_THE_GUIDE = ['simply respecting', 'simply giving them'] as const;

/**
 * The phrases of {@link ONCE_IN_THE_GUIDE} that appear more than once across
 * `sources` (chapter MDX), with their counts.
 */
export function repeatedPhrases(sources: readonly string[]): { phrase: string; count: number }[] {
  return ONCE_IN_THE_GUIDE.map((phrase) => ({
    phrase,
    count: sources.reduce((n, s) => n + (s.toLowerCase().split(phrase).length - 1), 0),
  })).filter(({ count }) => count > 1);
}

/** Number of bullets an "In short" block must have. */
const TAKEAWAYS = { min: 3, max: 5 } as const;

/** The body of the first `<Name>…</Name>` block in `source`, or undefined. */
function block(source: string, name: string): string | undefined {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(source);
  return match?.[1];
}

/**
 * Checks a chapter's MDX source against the guide's editorial rules and
 * returns one message per problem (none when it passes):
 * a description, 600–1,400 words, a "Try this" exercise, a closing
 * "In short" section holding 3–5 takeaways, and safety notes only through
 * the one `<Safety />` component.
 */
export function lintChapter(source: string): string[] {
  const problems: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  if (!/^description:\s*\S/m.test(frontmatter)) problems.push('missing a description');

  const words = countWords(source);
  if (words < CHAPTER_WORDS.min || words > CHAPTER_WORDS.max) {
    problems.push(`has ${words} words; a chapter needs ${CHAPTER_WORDS.min}–${CHAPTER_WORDS.max}`);
  }

  if (block(source, 'TryThis') === undefined) problems.push('has no <TryThis> exercise');
  if (/<Aside\s[^>]*type=["']safety["']/.test(source)) problems.push('has its own safety aside; use <Safety /> instead');

  const takeaways = block(source, 'Takeaways');
  if (takeaways === undefined) {
    problems.push('has no <Takeaways> block');
  } else {
    const bullets = takeaways.match(/^\s*[-*]\s+\S/gm)?.length ?? 0;
    if (bullets < TAKEAWAYS.min || bullets > TAKEAWAYS.max) {
      problems.push(`has ${bullets} takeaways; "In short" needs ${TAKEAWAYS.min}–${TAKEAWAYS.max}`);
    }
    const headings = [...source.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim());
    if (headings.at(-1) !== 'In short') problems.push('does not end with an "## In short" section');
  }
  return problems;
}
