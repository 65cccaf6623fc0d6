import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintChapter, repeatedPhrases } from './chapter-lint';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function chapter({
  description = 'description: "A description long enough for a link preview of this chapter."',
  body = words(800),
  tryThis = '## Try this today\n\n<TryThis>\n1. Do one thing.\n</TryThis>\n',
  takeaways = '## In short\n\n<Takeaways>\n- One.\n- Two.\n- Three.\n</Takeaways>\n',
} = {}) {
  return `---\ntitle: "T"\n${description}\norder: 1\n---\n\n${body}\n\n${tryThis}\n${takeaways}`;
}

describe('lintChapter', () => {
  it('passes a chapter that follows the rules', () => {
    expect(lintChapter(chapter())).toEqual([]);
  });

  it('fails without a description', () => {
    expect(lintChapter(chapter({ description: '' }))).toContain('missing a description');
  });

  it.each([
    [500, true],
    [580, true],
    [700, false],
    [1380, false],
    [1500, true],
  ])('with %i words of body, fails: %s', (n, fails) => {
    const problems = lintChapter(chapter({ body: words(n) }));
    expect(problems.some((p) => p.includes('words'))).toBe(fails);
  });

  it('fails with its own safety aside instead of <Safety />', () => {
    const body = `${words(800)}\n\n<Aside type="safety" title="Careful">\nStay safe.\n</Aside>\n`;
    expect(lintChapter(chapter({ body }))).toContain('has its own safety aside; use <Safety /> instead');
    expect(lintChapter(chapter({ body: `${words(800)}\n\n<Safety />\n` }))).toEqual([]);
  });

  it('fails without a Try this exercise', () => {
    expect(lintChapter(chapter({ tryThis: '' }))).toContain('has no <TryThis> exercise');
  });

  it('fails without takeaways', () => {
    expect(lintChapter(chapter({ takeaways: '' }))).toContain('has no <Takeaways> block');
  });

  it.each([
    ['- a\n- b', 2],
    ['- a\n- b\n- c\n- d\n- e\n- f', 6],
  ])('fails with the wrong number of takeaways', (list, n) => {
    const problems = lintChapter(chapter({ takeaways: `## In short\n\n<Takeaways>\n${list}\n</Takeaways>\n` }));
    expect(problems).toContain(`has ${n} takeaways; "In short" needs 3–5`);
  });

  it('fails when "In short" is not the last section', () => {
    const problems = lintChapter(
      chapter({ takeaways: '## In short\n\n<Takeaways>\n- a\n- b\n- c\n</Takeaways>\n\n## Afterword\n\nMore.' }),
    );
    expect(problems).toContain('does not end with an "## In short" section');
  });
});

describe('repeatedPhrases', () => {
  it('finds a phrase used more than once across chapters, whatever the case', () => {
    expect(repeatedPhrases(['It is simply respecting them.', 'Simply respecting that is enough.'])).toEqual([
      { phrase: 'simply respecting', count: 2 },
    ]);
  });

  it('lets each phrase appear once', () => {
    expect(repeatedPhrases(['It is simply respecting them.', 'Nothing here.'])).toEqual([]);
  });
});

describe('the chapters in content/chapters', () => {
  const files = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('use no tic phrase more than once across the guide', () => {
    expect(repeatedPhrases(files.map((f) => readFileSync(`content/chapters/${f}`, 'utf8')))).toEqual([]);
  });

  it.each(files)('%s follows the editorial rules', (file) => {
    expect(lintChapter(readFileSync(`content/chapters/${file}`, 'utf8'))).toEqual([]);
  });
});
