import type { APIRoute } from 'astro';
import { SITE } from '~/data/site';

/**
 * Screenshots in public/screenshots/ (made by `npm run screenshots`), shown
 * by browsers in their install dialog: one for phones, one for wide screens.
 */
const SCREENSHOTS = [
  {
    file: 'home-narrow.png',
    sizes: '412x823',
    form_factor: 'narrow',
    label: 'The guide on a phone: where to start, and the chapters',
  },
  { file: 'chapter-wide.png', sizes: '1280x800', form_factor: 'wide', label: 'A chapter of the guide' },
] as const;

/**
 * The web app manifest, relative to the base path. The installed app starts
 * at /start/, which opens Today while a plan is running, else the home page.
 */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    id: base,
    name: SITE.name,
    short_name: 'Breakup guide',
    description: SITE.tagline,
    lang: SITE.lang,
    dir: 'ltr',
    start_url: `${base}start/`,
    scope: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f5f6b',
    categories: ['health', 'lifestyle'],
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icon-maskable-192.png`, sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: `${base}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    screenshots: SCREENSHOTS.map(({ file, sizes, form_factor, label }) => ({
      src: `${base}screenshots/${file}`,
      sizes,
      type: 'image/png',
      form_factor,
      label,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
