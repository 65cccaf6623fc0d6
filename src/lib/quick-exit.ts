/**
 * Where "Quick exit" goes when no other address is set at build time: a
 * weather page, which looks ordinary on anyone's screen.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** How quickly the three Shift presses must follow each other, in ms. */
export const QUICK_EXIT_KEY_GAP_MS = 1000;

/**
 * The quick-exit destination for a build: `setting` (the QUICK_EXIT_URL
 * environment variable), or {@link DEFAULT_QUICK_EXIT_URL} when it is empty.
 * @throws Error when `setting` is not an absolute https:// address: a typo
 * must fail the build rather than send a frightened reader to a broken page.
 */
export function quickExitUrl(setting: string | undefined): string {
  if (!setting) return DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(`QUICK_EXIT_URL is not an address: "${setting}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`QUICK_EXIT_URL must start with https://, got "${setting}"`);
  return url.href;
}
