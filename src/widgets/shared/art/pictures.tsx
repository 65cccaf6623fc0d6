import type { JSX } from 'preact';

/*
 * The site's few calm pictures, one export each, so that an island bundles
 * only the picture it draws. Drawn in the theme's own colours (styles in
 * src/styles/art.css); rendered by ./Art.tsx.
 */

/** One picture: its name (for its class, `art-<name>`), its size and its drawing. */
export interface Picture {
  name: string;
  viewBox: string;
  width: number;
  height: number;
  body: () => JSX.Element;
}

/** A sun low over soft hills, a path leading towards it: the home page. */
export const horizon: Picture = {
  name: 'horizon',
  viewBox: '0 0 320 120',
  width: 320,
  height: 120,
  body: () => (
    <>
      <circle class="soft" cx="206" cy="78" r="34" />
      <path class="line" d="M206 30v-10M172 44l-7-7M240 44l7-7M158 78h-12M254 78h12" />
      <path class="ground" d="M0 120V86c40-16 78-18 120-6s84 10 120-4 60-14 80-8v52z" />
      <path class="line muted" d="M0 86c40-16 78-18 120-6s84 10 120-4 60-14 80-8" />
      <path class="line" d="M52 120c22-12 40-20 74-26s60-10 80-16" />
      <path class="line thin" d="M92 120c14-9 30-15 48-19" />
    </>
  ),
};

/** Stepping stones winding forward: part 1 of the guide, the way through. */
export const path: Picture = {
  name: 'path',
  viewBox: '0 0 120 80',
  width: 120,
  height: 80,
  body: () => (
    <>
      <path class="line muted" d="M8 72c24-6 36-14 44-26s22-22 42-26 18-10 20-14" />
      <ellipse class="soft outlined" cx="16" cy="68" rx="9" ry="5" />
      <ellipse class="soft outlined" cx="40" cy="56" rx="8" ry="4.5" />
      <ellipse class="soft outlined" cx="58" cy="40" rx="7" ry="4" />
      <ellipse class="soft outlined" cx="80" cy="27" rx="6" ry="3.5" />
      <ellipse class="soft outlined" cx="100" cy="18" rx="5" ry="3" />
      <circle class="fill" cx="110" cy="8" r="3" />
    </>
  ),
};

/** A signpost with two arms: part 2 of the guide, your situation. */
export const signpost: Picture = {
  name: 'signpost',
  viewBox: '0 0 120 80',
  width: 120,
  height: 80,
  body: () => (
    <>
      <path class="line muted" d="M6 74h108" />
      <path class="line" d="M60 74V10" />
      <path class="soft" d="M62 16h36l8 7-8 7H62z" />
      <path class="line thin" d="M62 16h36l8 7-8 7H62z" />
      <path class="soft" d="M58 36H24l-8 7 8 7h34z" />
      <path class="line thin" d="M58 36H24l-8 7 8 7h34z" />
    </>
  ),
};

/** A sprout in fresh soil: a plan not started yet. */
export const sprout: Picture = {
  name: 'sprout',
  viewBox: '0 0 96 72',
  width: 96,
  height: 72,
  body: () => (
    <>
      <path class="ground" d="M10 64c10-10 66-10 76 0z" />
      <path class="line muted" d="M6 64h84" />
      <path class="line" d="M48 62V34" />
      <path class="soft" d="M48 40c-4-12-14-18-26-16 2 12 12 18 26 16z" />
      <path class="line thin" d="M48 40c-4-12-14-18-26-16 2 12 12 18 26 16z" />
      <path class="soft" d="M48 34c2-14 12-22 26-22-1 14-11 22-26 22z" />
      <path class="line thin" d="M48 34c2-14 12-22 26-22-1 14-11 22-26 22z" />
    </>
  ),
};

/** A blank sheet with a folded corner and a pencil: nothing written yet. */
export const page: Picture = {
  name: 'page',
  viewBox: '0 0 96 72',
  width: 96,
  height: 72,
  body: () => (
    <>
      <path class="ground" d="M22 6h36l14 14v46H22z" />
      <path class="line muted" d="M22 6h36l14 14v46H22zM58 6v14h14" />
      <path class="line thin muted" d="M32 32h30M32 42h30M32 52h18" />
      <path class="soft" d="M70 58l16-30 6 3-16 30-7 4z" />
      <path class="line thin" d="M70 58l16-30 6 3-16 30-7 4zM69 65l1-7" />
    </>
  ),
};
