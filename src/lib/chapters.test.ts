import { describe, expect, it } from 'vitest';
import { chapterPosition, GUIDE_PARTS, groupByPart, orderChapters, partLabel, type GuidePart } from './chapters';

const ch = (id: string, order: number) => ({ id, filePath: `content/chapters/${id}.mdx`, data: { order } });

describe('orderChapters', () => {
  it('sorts by order, whatever the input order', () => {
    const sorted = orderChapters([ch('c', 2), ch('a', 0), ch('b', 1)]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('accepts gaps in the numbering', () => {
    expect(orderChapters([ch('b', 10), ch('a', 5)]).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('does not change its input', () => {
    const input = [ch('b', 1), ch('a', 0)];
    orderChapters(input);
    expect(input.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('fails naming both files when two chapters share an order', () => {
    expect(() => orderChapters([ch('a', 0), ch('b', 1), ch('c', 1)])).toThrow(
      /content\/chapters\/b\.mdx and content\/chapters\/c\.mdx both have order 1/,
    );
  });

  it('falls back to the id when the file path is unknown', () => {
    expect(() =>
      orderChapters([
        { id: 'x', data: { order: 3 } },
        { id: 'y', data: { order: 3 } },
      ]),
    ).toThrow(/Chapters x and y/);
  });
});

describe('chapterPosition', () => {
  const guide = orderChapters([ch('intro', 0), ch('middle', 1), ch('end', 2)]);

  it('the first chapter has no previous one', () => {
    const p = chapterPosition(guide, 'intro');
    expect(p).toMatchObject({ number: 1, total: 3, prev: undefined });
    expect(p.next?.id).toBe('middle');
  });

  it('a middle chapter has both neighbours', () => {
    const p = chapterPosition(guide, 'middle');
    expect([p.number, p.prev?.id, p.next?.id]).toEqual([2, 'intro', 'end']);
  });

  it('the last chapter has no next one', () => {
    const p = chapterPosition(guide, 'end');
    expect(p).toMatchObject({ number: 3, total: 3, next: undefined });
    expect(p.prev?.id).toBe('middle');
  });

  it('walking next from the first visits every chapter once', () => {
    const visited: string[] = [];
    let id: string | undefined = 'intro';
    while (id) {
      visited.push(id);
      id = chapterPosition(guide, id).next?.id;
    }
    expect(visited).toEqual(['intro', 'middle', 'end']);
  });

  it('throws for an unknown chapter', () => {
    expect(() => chapterPosition(guide, 'nope')).toThrow(/nope/);
  });
});

describe('GUIDE_PARTS', () => {
  it('names both parts, with the label lists and pagers show', () => {
    expect(GUIDE_PARTS[1].title).toBe('The way through');
    expect(GUIDE_PARTS[2].title).toBe('Your situation');
    expect(partLabel(2)).toBe('Part 2 · Your situation');
  });
});

describe('groupByPart', () => {
  const c = (slug: string, part: GuidePart) => ({ slug, part });

  it('splits the guide into its parts, numbering on from one part to the next', () => {
    const groups = groupByPart([c('a', 1), c('b', 1), c('c', 2), c('d', 2), c('e', 2)]);
    expect(groups.map((g) => [g.part, g.title, g.start, g.chapters.map((x) => x.slug)])).toEqual([
      [1, 'The way through', 1, ['a', 'b']],
      [2, 'Your situation', 3, ['c', 'd', 'e']],
    ]);
  });

  it('leaves out a part with no chapters', () => {
    const groups = groupByPart([c('a', 1), c('b', 1)]);
    expect(groups.map((g) => g.part)).toEqual([1]);
    expect(groupByPart([c('x', 2)]).map((g) => [g.part, g.start])).toEqual([[2, 1]]);
  });

  it('gives nothing for no chapters', () => {
    expect(groupByPart([])).toEqual([]);
  });

  it('keeps every chapter once, in the order given', () => {
    const input = [c('a', 1), c('b', 1), c('c', 1), c('d', 2)];
    expect(groupByPart(input).flatMap((g) => g.chapters)).toEqual(input);
  });

  it('fails, naming the chapter, when an earlier part comes after a later one', () => {
    expect(() => groupByPart([c('a', 1), c('b', 2), c('c', 1)])).toThrow(/Chapter c is in part 1 but comes after part 2/);
  });
});
