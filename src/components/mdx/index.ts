import Aside from './Aside.astro';
import Takeaways from './Takeaways.astro';
import TryThis from './TryThis.astro';

/** The components chapter authors may use in MDX without importing them. */
export const mdxComponents = { Aside, Takeaways, TryThis };
