import type { Picture } from '../picture';

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
