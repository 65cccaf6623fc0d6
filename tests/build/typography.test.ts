import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, proseTexts, read } from './dist';

// The guide's style: typographic quotes and apostrophes (‘ ’ “ ”) in everything
// a reader reads. A straight quote in prose is a typo a reader notices beside
// curly ones; code, scripts and attribute values keep theirs.
describe('typography of the default build', () => {
  const build = BUILDS.find((b) => b.dir === 'dist')!;

  it('finds prose to check', () => {
    expect(proseTexts(read(build, 'index.html')).join(' ')).toMatch(/chapters/);
  });

  it('keeps straight quotes out of the prose of every page', () => {
    const found = htmlFiles(build.dir).flatMap((file) =>
      proseTexts(read(build, file))
        .filter((text) => /['"]/.test(text))
        .map((text) => `${file}: ${text.slice(0, 100)}`),
    );
    expect(found).toEqual([]);
  });

  it('writes dashes as dashes: no spaced hyphen or double hyphen in prose', () => {
    const found = htmlFiles(build.dir).flatMap((file) =>
      proseTexts(read(build, file))
        .filter((text) => /(^|\s)-(\s|$)|--/.test(text))
        .map((text) => `${file}: ${text.slice(0, 100)}`),
    );
    expect(found).toEqual([]);
  });
});

describe('proseTexts', () => {
  it('reads text nodes and leaves out attributes, code, scripts and styles', () => {
    const html = `<p title="a 'b'">It’s <a href="x">here</a></p><code>"x"</code><script>let a = "b";</script><style>a::after{content:"'"}</style><!-- "c" --><p>&quot;d&quot; &#39;e&#39; &#8217;</p>`;
    expect(proseTexts(html)).toEqual(['It’s', 'here', `"d" 'e' ’`]);
  });
});
