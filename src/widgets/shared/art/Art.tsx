import type { Picture } from './picture';

/*
 * The site's few calm pictures (./pictures/), always decorative: hidden
 * from screen readers, as the words beside them say everything. A Preact
 * component, so a page renders it as static SVG and an island can too.
 */

interface Props {
  /** Which picture: one from ./pictures/. */
  picture: Picture;
  /** Extra classes, for placement. */
  class?: string;
}

/** The picture, decorative (`aria-hidden`). */
export default function Art({ picture: { name, viewBox, width, height, body }, class: className }: Props) {
  return (
    <svg
      class={`art art-${name}${className ? ` ${className}` : ''}`}
      viewBox={viewBox}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {body()}
    </svg>
  );
}
