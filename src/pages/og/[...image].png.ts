import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '~/data/pages';
import { renderOgImage, type OgCard } from '~/lib/og-image';
import { ogImagePath } from '~/lib/seo';

/** One 1200×630 preview image per page, rendered at build time. */
export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  return cards.map(({ path, card }) => ({
    params: {
      image: ogImagePath(path)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
