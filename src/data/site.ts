/** Site-wide words used in the page shell and metadata. */
export const SITE = {
  /** Short name: header, titles, manifest. */
  name: 'After the Breakup',
  /** One line on what the site is. */
  tagline: 'A calm, private guide for the days after a breakup you did not want.',
  lang: 'en',
} as const;
