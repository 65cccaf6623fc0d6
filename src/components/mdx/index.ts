import Aside from './Aside.astro';
import DemotedH2 from './DemotedH2.astro';
import DemotedH3 from './DemotedH3.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import Safety from './Safety.astro';
import Takeaways from './Takeaways.astro';
import TryThis from './TryThis.astro';

/**
 * The components chapter authors may use in MDX without importing them. The
 * self-check and the tracker are not among them: a chapter that embeds one
 * imports it (`import Quiz from '~/components/mdx/Quiz.astro';`), so that only
 * that chapter's page carries their styles (6 KB, 1.3 KB gzip, on every
 * chapter when they were listed here).
 */
export const authorComponents = { Aside, Safety, Takeaways, TryThis, a: Link };

/** Everything a chapter page renders MDX with: author components, and headings with permalinks. */
export const mdxComponents = { ...authorComponents, h2: H2, h3: H3 };

/** For several chapters on one page: headings one level down, without ids. */
export const mdxComponentsCombined = { ...authorComponents, h2: DemotedH2, h3: DemotedH3 };
