/** A page the Today island links to. */
export interface Link {
  title: string;
  href: string;
}

/** The element id for `name`, unique on the page (`td-mood`). */
export type IdFor = (name: string) => string;

/** The ids joined for `aria-describedby`, skipping absent ones; undefined when none is left. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
