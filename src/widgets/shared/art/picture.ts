import type { JSX } from 'preact';

/**
 * One of the site's calm pictures (./pictures/, one file each, so that an
 * island bundles only the one it draws): its name (for its class,
 * `art-<name>`), its size and its drawing, in the theme's own colours (styles
 * in src/styles/art.css). Rendered by ./Art.tsx.
 */
export interface Picture {
  name: string;
  viewBox: string;
  width: number;
  height: number;
  body: () => JSX.Element;
}
