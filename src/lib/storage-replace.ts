import { isQuotaError, type StorageParts } from './safe-storage';

// Apart from ./safe-storage so that only the page that imports data (your-data) loads it.

/**
 * The outcome of {@link replaceAll}: 'ok', kept on the device; 'memory', kept
 * for this visit only (storage is unavailable); 'full' or 'refused', the
 * device refused (no space, or another error) and nothing changed.
 */
export type ReplaceResult = 'ok' | 'memory' | 'full' | 'refused';

/**
 * Makes every change in `changes` (undefined removes the key), all or
 * nothing: the new texts are written first, then the removals; if the device
 * refuses any of it, everything already changed is put back as it was, the
 * texts held in memory included, and the reason is returned.
 */
export function replaceAll({ backing, memory }: StorageParts, changes: ReadonlyMap<string, string | undefined>): ReplaceResult {
  const ordered = [...changes].sort(([, a], [, b]) => Number(a === undefined) - Number(b === undefined));
  if (!backing) {
    for (const [key, text] of ordered) {
      if (text === undefined) memory.delete(key);
      else memory.set(key, text);
    }
    return 'memory';
  }
  const undo: { key: string; before: string | null; inMemory: string | undefined }[] = [];
  try {
    for (const [key, text] of ordered) {
      undo.push({ key, before: backing.getItem(key), inMemory: memory.get(key) });
      if (text === undefined) {
        backing.removeItem(key);
      } else {
        backing.setItem(key, text);
        if (backing.getItem(key) !== text) throw new Error('The write was not kept');
      }
      memory.delete(key);
    }
    return 'ok';
  } catch (error) {
    for (const { key, before, inMemory } of undo.reverse()) {
      try {
        if (before === null) backing.removeItem(key);
        else backing.setItem(key, before);
      } catch {
        // It held \`before\` a moment ago, so there was room for it; nothing more to try.
      }
      if (inMemory !== undefined) memory.set(key, inMemory);
    }
    return isQuotaError(error) ? 'full' : 'refused';
  }
}
