import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Art, { ART_NAMES } from './Art';

describe('the pictures', () => {
  it.each(ART_NAMES)('%s is decorative, under 3 KB, and takes its colours from the theme', (name) => {
    const svg = render(<Art name={name} />);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(3 * 1024);
    expect(svg).toMatch(/^<svg class="art art-[a-z]+" viewBox="[\d ]+" width="\d+" height="\d+" aria-hidden="true" focusable="false">/);
    // No colour written into the drawing: every fill and stroke comes from art.css, which follows the theme.
    expect(svg).not.toMatch(/fill=|stroke=|#[0-9a-f]{3,6}\b|style=/i);
    expect(svg).not.toMatch(/<text|<title/);
  });

  it('adds a placement class', () => {
    expect(render(<Art name="sprout" class="no-plan-art" />)).toContain('class="art art-sprout no-plan-art"');
  });
});
