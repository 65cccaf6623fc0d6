import { replaceAll, type ReplaceResult } from '~/lib/storage-replace';
import { $lock, storageParts, writeStored } from './engine';

/**
 * Makes every change in `changes` (undefined removes the key) all or nothing,
 * and has every store read its key again ({@link ReplaceResult}: when the
 * device refuses, nothing changed). Never throws. While the passcode lock is
 * locked it changes nothing and gives 'refused'; while unlocked, the changes
 * are sealed into storage as ./lock writes every change.
 */
export function replaceStored(changes: Readonly<Record<string, string | undefined>>): ReplaceResult {
  const lock = $lock.get();
  if (lock === 'locked') return 'refused';
  const { parts, reread } = storageParts();
  if (lock === 'open') {
    // Unlocked: every change goes to the decrypted texts at once (which cannot
    // fail) and is sealed into storage after, in order (./lock).
    for (const [key, text] of Object.entries(changes)) writeStored(key, text);
    reread(Object.keys(changes));
    return 'ok';
  }
  const result = replaceAll(parts, new Map(Object.entries(changes)));
  if (result === 'ok' || result === 'memory') reread(Object.keys(changes));
  return result;
}
