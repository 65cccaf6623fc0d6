/**
 * The three sections of `/help/`, each with its own anchor so a quiz result,
 * a chapter or the footer can send a reader straight to the help that fits.
 * The help page's headings carry these ids; a build check keeps them in step.
 */
export const HELP_SECTIONS = {
  /** In danger from another person: emergency numbers, domestic-abuse helplines, stalking, safety planning. */
  danger: { id: 'danger', label: 'You are in danger from someone' },
  /** Thinking of harming yourself: crisis lines. */
  crisis: { id: 'crisis', label: 'You are thinking of harming yourself' },
  /** Struggling: a doctor, a counsellor, a friend. */
  struggling: { id: 'struggling', label: 'You are struggling' },
} as const;

export type HelpSection = keyof typeof HELP_SECTIONS;

/** The site path (without the base path) of a help section: `helpPath('crisis')` is `/help/#crisis`. */
export function helpPath(section?: HelpSection): string {
  return section ? `/help/#${HELP_SECTIONS[section].id}` : '/help/';
}
