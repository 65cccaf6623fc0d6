import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferModuleScripts, deferredScripts, inlineHashes, narrowCsp } from './first-paint';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en" data-astro-cid-x><head>${head}</head><body>${body}</body></html>`;

describe('deferModuleScripts', () => {
  it('moves every module script into data-scripts on <html>, in document order', () => {
    const html = page(
      '<script type="module" src="/_astro/a.js"></script>',
      '<main>Text</main><script type="module" src="/_astro/b.js"></script>',
    );
    const out = deferModuleScripts(html);
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain('<html lang="en" data-astro-cid-x data-scripts="/_astro/a.js /_astro/b.js">');
    expect(deferredScripts(out)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(out).toContain('<main>Text</main>');
  });

  it('leaves inline scripts, JSON blocks and a page without module scripts alone', () => {
    const html = page('<script>var a=1</script><script type="application/ld+json">{}</script>', '<p>Hi</p>');
    expect(deferModuleScripts(html)).toBe(html);
    expect(deferredScripts(html)).toEqual([]);
  });

  it('refuses an address the list cannot hold, and a page without <html>', () => {
    expect(() => deferModuleScripts(page('', '<script type="module" src="/a b.js"></script>'))).toThrow(/space or quote/);
    expect(() => deferModuleScripts('<p>x</p><script type="module" src="/a.js"></script>')).toThrow(/no <html>/);
  });
});

describe('inlineHashes', () => {
  it('hashes the scripts that run and every style, templates included, once each', () => {
    const html = page(
      '<script>var a=1</script><script type="application/ld+json">{"a":1}</script><script type="application/json">{}</script><style>p{}</style>',
      '<template><style>b{}</style></template><script src="/x.js"></script><script>var a=1</script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [hash('var a=1')], styles: [hash('p{}'), hash('b{}')] });
  });
});

describe('narrowCsp', () => {
  const policy = (scriptHashes: string, styleHashes: string) =>
    `default-src 'none';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${scriptHashes};style-src 'self' ${styleHashes};`;

  it("keeps only the page's own hashes, and every other source and directive", () => {
    const other = `'sha256-${'A'.repeat(43)}=' 'sha256-${'B'.repeat(43)}='`;
    const html = page(
      `<meta http-equiv="content-security-policy" content="${policy(`${hash('var a=1')} ${other}`, other)}"><script>var a=1</script>`,
      '<style>p{}</style>',
    );
    const csp = /content="([^"]*)"/.exec(narrowCsp(html))![1]!;
    expect(csp).toBe(
      `default-src 'none';img-src 'self' data:;object-src 'none';script-src 'self' 'wasm-unsafe-eval' ${hash('var a=1')};style-src 'self' ${hash('p{}')};`,
    );
    expect(narrowCsp(html).replace(csp, '')).toBe(html.replace(/content="[^"]*"/, 'content=""'));
  });

  it('leaves a page without a CSP <meta> alone', () => {
    const html = page('<script>var a=1</script>', '');
    expect(narrowCsp(html)).toBe(html);
  });
});
