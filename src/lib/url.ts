/**
 * Joins the site's base path and a root-relative path: `withBase('/guide-site/', '/help/')`
 * gives `/guide-site/help/`. Paths that are not root-relative (`https:`, `#x`, `mailto:`)
 * are returned unchanged.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The path of a chapter page, without base: `/guide/<slug>/`. */
export function chapterPath(slug: string): string {
  return `/guide/${slug}/`;
}
