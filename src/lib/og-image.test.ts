import { describe, expect, it } from 'vitest';
import { maskableIconSvg, pngSize, renderIconPng, renderOgImage } from './og-image';

describe('renderOgImage', () => {
  it('renders a 1200×630 PNG, long titles included', async () => {
    const png = await renderOgImage({
      kicker: 'Chapter 3 of 7',
      title: 'The truth about contact after a breakup, with a title long enough to wrap',
      description: 'Why reaching out too soon hurts your chances, and what to do instead.',
      siteName: 'After the Breakup',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(10_000);
  }, 20_000);
});

describe('renderIconPng', () => {
  it('renders a square icon at the size asked', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f5f6b"/></svg>';
    expect(pngSize(renderIconPng(svg, 192))).toEqual({ width: 192, height: 192 });
  });
});

describe('maskableIconSvg', () => {
  const icon =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5f6b"/><path d="M16 11v6"/></svg>';

  it('fills the whole square with the background and shrinks the drawing into the safe zone', () => {
    const svg = maskableIconSvg(icon);
    expect(svg).toContain('<rect width="32" height="32" fill="#1f5f6b"/>');
    expect(svg).not.toContain('rx=');
    expect(svg).toContain('<g transform="translate(16 16) scale(0.8) translate(-16 -16)"><path d="M16 11v6"/></g>');
    expect(pngSize(renderIconPng(svg, 512))).toEqual({ width: 512, height: 512 });
  });

  it('refuses an icon of another shape', () => {
    expect(() => maskableIconSvg('<svg viewBox="0 0 24 24"><path d="M0 0"/></svg>')).toThrow(/32×32 SVG/);
  });
});

describe('pngSize', () => {
  it('rejects a file that is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow('Not a PNG file');
  });
});
