import type { DateField } from '~/lib/no-contact-form';

/** A page the tracker links to. */
export interface Link {
  title: string;
  href: string;
}

/** What each part of the tracker needs to fit into the page. */
export interface PartProps {
  /** The element id for `name`, unique on the page (`nc-date`). */
  id: (name: string) => string;
  /** The tracker's heading level. */
  H: 'h2' | 'h3';
}

/**
 * A date input as its form sends it. Read from the element rather than from
 * what was typed: a date input holding an impossible date (30 February)
 * reports '' and `badInput`, which only the element knows.
 */
export function readDateField(input: HTMLInputElement | null): DateField {
  return { dateText: input?.value ?? '', dateBadInput: input?.validity.badInput ?? false };
}

/** The ids joined for `aria-describedby`, skipping absent ones; undefined when none is left. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
