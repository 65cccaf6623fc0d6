import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_IMAGE_SIZE } from './seo';

// Fonts come from npm packages so the build works offline; satori reads WOFF (not WOFF2).
const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Serif', data: font('@fontsource/source-serif-4', 'source-serif-4-latin-600-normal.woff'), weight: 600, style: 'normal' },
    { name: 'Sans', data: font('@fontsource/inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: font('@fontsource/inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** What a preview image says. */
export interface OgCard {
  /** Small line above the title: "Chapter 2 of 7", "Self-check". */
  kicker: string;
  title: string;
  /** One sentence under the title. */
  description: string;
  /** Site name, bottom left. */
  siteName: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Renders a 1200×630 PNG link preview for a page. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const { width, height } = OG_IMAGE_SIZE;
  const titleSize = card.title.length > 48 ? 64 : 76;
  const tree = el(
    'div',
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#fbfaf7',
      borderLeft: '24px solid #1f5f6b',
      color: '#1f2328',
      fontFamily: 'Sans',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', gap: 20, width: width - 24 - 160 }, [
        el('div', { fontSize: 30, fontWeight: 700, color: '#1f5f6b', letterSpacing: 1 }, card.kicker.toUpperCase()),
        el('div', { fontFamily: 'Serif', fontWeight: 600, fontSize: titleSize, lineHeight: 1.1 }, card.title),
        el('div', { fontSize: 32, lineHeight: 1.35, color: '#454b52' }, card.description),
      ]),
      el('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700 }, [
        el('div', { width: 40, height: 40, borderRadius: 10, background: '#1f5f6b' }),
        el('div', {}, card.siteName),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/** Renders an SVG (the site icon) to a square PNG of `size` pixels. */
export function renderIconPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * The maskable version of the site icon (a 32×32 SVG whose first element is
 * its rounded background `<rect>`): the background fills the whole square, so
 * a launcher can cut any shape from it, and the drawing is scaled to 80% about
 * the centre, inside the safe circle (radius 40% of the size) every mask keeps.
 * @throws Error when `svg` does not have that shape.
 */
export function maskableIconSvg(svg: string): string {
  const match = /^(<svg\b[^>]*viewBox="0 0 32 32"[^>]*>)<rect\b([^>]*?)\s*\/>([\s\S]*)<\/svg>\s*$/.exec(svg.trim());
  const fill = match && /\sfill="([^"]+)"/.exec(match[2]!)?.[1];
  if (!match || !fill) throw new Error('The site icon must be a 32×32 SVG that starts with its background <rect fill="…">');
  return `${match[1]}<rect width="32" height="32" fill="${fill}"/><g transform="translate(16 16) scale(0.8) translate(-16 -16)">${match[3]}</g></svg>`;
}

/** Reads width and height from a PNG's IHDR chunk. @throws Error if `png` is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('Not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
