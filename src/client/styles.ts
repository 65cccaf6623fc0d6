/**
 * Links `public/<file>` (under the base path) as a stylesheet, once: styles for
 * what a script adds only now and then, so pages do not carry them (a
 * stylesheet imported by a script would be inlined into every page).
 */
export function linkStyles(file: string): void {
  const href = `${import.meta.env.BASE_URL}${file}`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
