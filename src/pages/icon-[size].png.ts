import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { maskableIconSvg, renderIconPng } from '~/lib/og-image';

/**
 * PNG app icons for the web manifest, drawn from public/favicon.svg:
 * icon-192.png, icon-512.png, and their maskable versions (full-bleed
 * background, drawing inside the safe zone) icon-maskable-192.png and icon-maskable-512.png.
 */
export const getStaticPaths = (() =>
  ['192', '512', 'maskable-192', 'maskable-512'].map((size) => ({ params: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  const size = params['size'] ?? '';
  const maskable = size.startsWith('maskable-');
  const png = renderIconPng(maskable ? maskableIconSvg(svg) : svg, Number(size.replace('maskable-', '')));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
