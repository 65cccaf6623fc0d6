import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/seo';

/** robots.txt: everything may be crawled; the sitemap's absolute URL respects site and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl({ site: site ?? 'http://localhost:4321', base: import.meta.env.BASE_URL }, '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
