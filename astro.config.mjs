// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

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
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // No preload helper for the one lazy import (search): it would add ~1 KB to every page.
    build: { modulePreload: false },
  },
});
