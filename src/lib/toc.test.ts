import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('returns nothing for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });

  it('nests H3s under the H2 before them', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')])).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [{ slug: 'b1', text: 'B1', children: [] }] },
    ]);
  });

  it('keeps an H3 that comes before any H2 at the top level', () => {
    expect(buildToc([h(3, 'x'), h(2, 'a')]).map((i) => i.slug)).toEqual(['x', 'a']);
  });

  it('leaves out H1 and H4–H6', () => {
    expect(buildToc([h(1, 't'), h(2, 'a'), h(4, 'deep'), h(5, 'deeper'), h(6, 'deepest')])).toEqual([
      { slug: 'a', text: 'A', children: [] },
    ]);
  });

  it('keeps document order and the heading ids unchanged', () => {
    const headings = [h(2, 'z'), h(2, 'a'), h(2, 'm')];
    expect(buildToc(headings).map((i) => i.slug)).toEqual(['z', 'a', 'm']);
  });
});
