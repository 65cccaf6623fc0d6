import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIconPng } from '~/lib/og-image';

/** PNG app icons for the web manifest, drawn from public/favicon.svg. */
export const getStaticPaths = (() => [{ params: { size: '192' } }, { params: { size: '512' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  return new Response(new Uint8Array(renderIconPng(svg, Number(params['size']))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
