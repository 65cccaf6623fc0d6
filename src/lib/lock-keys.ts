import { DISCREET } from './discreet';
import { NAMESPACE } from './stored-item';
import { THEME } from './theme';

/** Where the passcode lock keeps its record (src/lib/vault.ts: salt, iterations, check), in plain text. Not a stored item: never exported, imported or listed. */
export const LOCK_KEY = `${NAMESPACE}lock`;

/**
 * Keys that stay readable while the lock is on, because the page needs them
 * before first paint (the theme, discreet mode) or to unlock at all; none of
 * them says anything about the reader's plan, notes or answers.
 */
const OPEN_KEYS: ReadonlySet<string> = new Set([THEME.key, DISCREET.key, LOCK_KEY]);

/** True for a key of this site that the lock encrypts: every one but {@link OPEN_KEYS}. */
export function isSealedKey(key: string): boolean {
  return key.startsWith(NAMESPACE) && !OPEN_KEYS.has(key);
}
