import { NAMESPACE } from './stored-item';
import { THEME } from './theme';

/** Where the passcode lock keeps its record (src/lib/vault.ts: salt, iterations, check), in plain text. Not a stored item: never exported, imported or listed. */
export const LOCK_KEY = `${NAMESPACE}lock`;

/**
 * Discreet mode's key, as its declaration (DISCREET in ./discreet) makes it;
 * written out so that every page's shared chunk does not carry that
 * declaration (./lock-keys.test.ts checks the two agree).
 */
export const DISCREET_KEY = `${NAMESPACE}v1:discreet`;

/**
 * True for a key of this site that the lock encrypts: every stored item's
 * (`atb:v…`) but the theme's and discreet mode's, which the page needs before
 * first paint and which say nothing about the reader's plan, notes or
 * answers. The lock's own record ({@link LOCK_KEY}) stays readable too.
 */
export function isSealedKey(key: string): boolean {
  return key.startsWith(`${NAMESPACE}v`) && key !== THEME.key && key !== DISCREET_KEY;
}
