import type { Picture } from '../picture';

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
