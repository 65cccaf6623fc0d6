import { NAME, type StoredItemSpec } from './stored-item';

/**
 * What is wrong with a stored item's declaration, or undefined: its name must
 * be lower-case words joined by hyphens (it becomes part of the storage key),
 * its version a whole number from 1. The unit tests check every declared item
 * with it (src/lib/stored-item.test.ts), and ./stored-family.ts each family.
 */
export function declarationProblem(spec: Pick<StoredItemSpec<unknown>, 'name' | 'version'>): string | undefined {
  if (!NAME.test(spec.name)) return `A stored item's name is lower-case words joined by hyphens, got "${spec.name}"`;
  if (!Number.isInteger(spec.version) || spec.version < 1) return `"${spec.name}" needs a whole version from 1`;
  return undefined;
}
