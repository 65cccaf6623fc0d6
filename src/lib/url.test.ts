import { describe, expect, it } from 'vitest';
import { chapterPath, withBase } from './url';

describe('withBase', () => {
  it.each([
    ['/', '/help/', '/help/'],
    ['/', '/', '/'],
    ['/guide-site/', '/help/', '/guide-site/help/'],
    ['/guide-site', '/help/', '/guide-site/help/'],
    ['/guide-site/', '/', '/guide-site/'],
    ['/guide-site/', '#top', '#top'],
    ['/guide-site/', 'https://findahelpline.com', 'https://findahelpline.com'],
    ['/guide-site/', '//cdn.example', '//cdn.example'],
    ['/guide-site/', 'mailto:a@b.c', 'mailto:a@b.c'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('chapterPath', () => {
  it('has a trailing slash', () => {
    expect(chapterPath('acceptance')).toBe('/guide/acceptance/');
  });
});
