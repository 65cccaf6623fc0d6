import { defineStoredItem, NAME, type StoredItem, type StoredItemSpec } from './stored-item';
import { declarationProblem } from './stored-item-check';

/*
 * Families of stored items: one item per id, such as a self-check's answers
 * per self-check. Apart from ./stored-item, which every page loads, as only
 * the pages that keep such answers need it.
 */

/** What a family of stored items declares: one item per id (a quiz's answers, per quiz). */
export interface StoredFamilySpec<T> extends Omit<StoredItemSpec<T>, 'label' | 'internal'> {
  /** The label of member `id`; `title` is the member's display name when the page knows it. */
  label(id: string, title: string | undefined): string;
}

/** A declared family: its members are stored items keyed `atb:v<version>:<name>:<id>`. */
export interface StoredFamily<T> {
  /** Every member's key starts with this. */
  readonly prefix: string;
  /** The member for `id` (the same object for the same id), labelled with `title` when given. */
  member(id: string, title?: string): StoredItem<T>;
  /** The id in a member's key, or undefined when `key` is not a well-formed member key. */
  idOf(key: string): string | undefined;
}

/**
 * Declares a family of stored items, one per id. Ids are lower-case words joined by hyphens.
 * @throws Error when the name or version is malformed (./stored-item-check.ts).
 */
export function defineStoredFamily<T>(spec: StoredFamilySpec<T>): StoredFamily<T> {
  const problem = declarationProblem(spec);
  if (problem) throw new Error(problem);
  const base = defineStoredItem<T>({ ...spec, label: '' });
  const prefix = `${base.key}:`;
  const members = new Map<string, StoredItem<T>>();
  return Object.freeze({
    prefix,
    member(id: string, title?: string): StoredItem<T> {
      if (!NAME.test(id)) throw new Error(`A member id is lower-case words joined by hyphens, got "${id}"`);
      const label = spec.label(id, title);
      const known = members.get(id);
      if (known && known.label === label) return known;
      const item = Object.freeze({ ...base, key: `${prefix}${id}`, label });
      members.set(id, item);
      return item;
    },
    idOf(key: string): string | undefined {
      if (!key.startsWith(prefix)) return undefined;
      const id = key.slice(prefix.length);
      return id.length <= 100 && NAME.test(id) ? id : undefined;
    },
  });
}

/** A family of any value type, for lists of them all (see {@link AnyStoredItem}). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStoredFamily = StoredFamily<any>;
