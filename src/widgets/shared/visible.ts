/** Runs `load` once `root` comes near the viewport (or at once where IntersectionObserver is missing). */
export function whenVisible(root: HTMLElement, load: () => void): void {
  if (!('IntersectionObserver' in window)) return load();
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(root);
}
