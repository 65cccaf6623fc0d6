// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * Public origin and base path. Both come from the environment so the same
 * source deploys to any host: SITE_URL (default http://localhost:4321) and
 * BASE_PATH (default "/").
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
