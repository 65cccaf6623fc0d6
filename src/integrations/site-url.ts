import type { AstroIntegration } from 'astro';

/** Where canonical links, previews, the sitemap and share links point when SITE_URL is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * The warning a production build prints when SITE_URL is not set, or
 * undefined when it is. Without it, every absolute link the build writes
 * points at this machine, not at the deployed site.
 */
export function siteUrlWarning(siteUrl: string | undefined): string | undefined {
  if (siteUrl) return undefined;
  return (
    `SITE_URL is not set, so canonical links, link previews, the sitemap and share links point at ${DEFAULT_SITE}. ` +
    'For a deployment, build with the public address: SITE_URL=https://your.domain npm run build'
  );
}

/** Warns at the start of a build when SITE_URL is missing. */
export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'site-url-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(process.env['SITE_URL']);
        if (warning) logger.warn(warning);
      },
    },
  };
}
