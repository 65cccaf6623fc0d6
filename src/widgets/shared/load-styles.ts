/**
 * Links `href` as a stylesheet, once, and resolves when it has loaded or
 * failed (what it styles then works unstyled rather than not at all): styles
 * for what a script adds only now and then, so pages do not carry them (a
 * stylesheet imported by a script would be inlined into every page).
 */
export function loadStyles(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => (link.onload = link.onerror = () => resolve()));
  document.head.append(link);
  return loaded;
}
