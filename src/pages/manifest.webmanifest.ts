import type { APIRoute } from 'astro';
import { SITE } from '~/data/site';

/** The web app manifest: name, colours and icons, relative to the base path. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: SITE.name,
    short_name: 'Breakup guide',
    description: SITE.tagline,
    lang: SITE.lang,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f5f6b',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
