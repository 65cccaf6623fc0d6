import type { Picture } from '../picture';

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
