import type { Picture } from '../picture';

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
