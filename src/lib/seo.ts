import { withBase } from './url';

/** Width and height of every link-preview image, in pixels. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where a page lives, for absolute URLs. */
export interface SiteLocation {
  /** Public origin, e.g. 'https://guide.example.org' (a path on it is ignored). */
  site: string | URL;
  /** Base path, e.g. '/' or '/guide-site/'. */
  base: string;
}

/** An absolute URL for a root-relative site path (`/guide/x/`), respecting the base path. */
export function absoluteUrl(location: SiteLocation, path: string): string {
  return new URL(withBase(location.base, path), location.site).href;
}

/**
 * The path (without base) of a page's preview image: `/og/home.png`,
 * `/og/guide/acceptance.png`. Every page path maps to exactly one image.
 */
export function ogImagePath(pagePath: string): string {
  const key = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${key || 'home'}.png`;
}

/** A step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  /** Root-relative path without base. */
  path: string;
}

/** schema.org BreadcrumbList for a trail of pages, with absolute URLs. */
export function breadcrumbJsonLd(location: SiteLocation, trail: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(location, crumb.path),
    })),
  };
}

/** schema.org Article for a chapter. */
export function articleJsonLd(
  location: SiteLocation,
  article: { title: string; description: string; path: string; siteName: string; words: number },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: absoluteUrl(location, article.path),
    mainEntityOfPage: absoluteUrl(location, article.path),
    image: absoluteUrl(location, ogImagePath(article.path)),
    wordCount: article.words,
    inLanguage: 'en',
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: article.siteName },
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`: `<` is
 * escaped so no string in it can close the script element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
