/**
 * Runs `then` once `element` comes within `margin` of the viewport. Islands
 * that wait to be scrolled to (./mount.ts) start 200px early; the end of a
 * chapter (src/client/read-tracker.ts) counts when it is on screen.
 */
export function whenVisible(element: HTMLElement, then: () => void, margin = '200px'): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        then();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
}
