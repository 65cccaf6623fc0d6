import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Art from './Art';
import type { Picture } from './picture';
import * as pictures from './all-pictures';

const ALL = Object.entries(pictures).filter((entry): entry is [string, Picture] => typeof entry[1] === 'object');

describe('the pictures', () => {
  it('are all here', () => {
    expect(ALL.map(([name]) => name).sort()).toEqual(['horizon', 'page', 'path', 'signpost', 'sprout']);
  });

  it.each(ALL)('%s is decorative, under 3 KB, and takes its colours from the theme', (exported, picture) => {
    expect(picture.name).toBe(exported);
    const svg = render(<Art picture={picture} />);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(3 * 1024);
    expect(svg).toMatch(/^<svg class="art art-[a-z]+" viewBox="[\d ]+" width="\d+" height="\d+" aria-hidden="true" focusable="false">/);
    // No colour written into the drawing: every fill and stroke comes from art.css, which follows the theme.
    expect(svg).not.toMatch(/fill=|stroke=|#[0-9a-f]{3,6}\b|style=/i);
    expect(svg).not.toMatch(/<text|<title/);
  });

  it('adds a placement class', () => {
    expect(render(<Art picture={pictures.sprout} class="no-plan-art" />)).toContain('class="art art-sprout no-plan-art"');
  });
});
