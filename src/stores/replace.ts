import { replaceAll, type ReplaceResult } from '~/lib/storage-replace';
import { storageParts } from './engine';

/**
 * Makes every change in `changes` (undefined removes the key) all or nothing,
 * and has every store read its key again ({@link ReplaceResult}: when the
 * device refuses, nothing changed). Never throws.
 */
export function replaceStored(changes: Readonly<Record<string, string | undefined>>): ReplaceResult {
  const { parts, reread } = storageParts();
  const result = replaceAll(parts, new Map(Object.entries(changes)));
  if (result === 'ok' || result === 'memory') reread(Object.keys(changes));
  return result;
}
