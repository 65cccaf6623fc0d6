import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleJsonLd, breadcrumbJsonLd, jsonLdScript, ogImagePath } from './seo';

const root = { site: 'https://guide.example', base: '/' };
const sub = { site: 'https://guide.example', base: '/guide-site/' };

describe('absoluteUrl', () => {
  it.each([
    [root, '/', 'https://guide.example/'],
    [root, '/guide/absence/', 'https://guide.example/guide/absence/'],
    [sub, '/', 'https://guide.example/guide-site/'],
    [sub, '/og/home.png', 'https://guide.example/guide-site/og/home.png'],
  ])('%o + %s', (location, path, expected) => {
    expect(absoluteUrl(location, path)).toBe(expected);
  });
});

describe('ogImagePath', () => {
  it.each([
    ['/', '/og/home.png'],
    ['/guide/absence/', '/og/guide/absence.png'],
    ['/quiz/acceptance/', '/og/quiz/acceptance.png'],
    ['/no-contact/', '/og/no-contact.png'],
  ])('%s → %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });
});

describe('JSON-LD', () => {
  it('builds a breadcrumb trail with positions and absolute URLs', () => {
    const ld = breadcrumbJsonLd(sub, [
      { name: 'Guide', path: '/' },
      { name: 'Absence', path: '/guide/absence/' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Guide', item: 'https://guide.example/guide-site/' },
      { '@type': 'ListItem', position: 2, name: 'Absence', item: 'https://guide.example/guide-site/guide/absence/' },
    ]);
  });

  it('describes a chapter as an Article with its preview image', () => {
    const ld = articleJsonLd(root, { title: 'T', description: 'D', path: '/guide/t/', siteName: 'S', words: 900 });
    expect(ld).toMatchObject({ '@type': 'Article', headline: 'T', url: 'https://guide.example/guide/t/' });
    expect(ld.image).toBe('https://guide.example/og/guide/t.png');
  });

  it('cannot close its script element', () => {
    expect(jsonLdScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(JSON.parse(jsonLdScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
