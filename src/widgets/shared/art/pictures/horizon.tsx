import type { Picture } from '../picture';

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
