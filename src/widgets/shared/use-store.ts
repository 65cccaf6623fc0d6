import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes a component to a store. Until the component has mounted it
 * returns `serverValue`, so hydration sees exactly what the server rendered;
 * then the stored value (kept on the device) takes over.
 *
 * A 12-line stand-in for `@nanostores/preact`'s `useStore`, whose key
 * filtering the islands do not use: it keeps the quiz page within its
 * JavaScript budget.
 */
export function useStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const [mounted, setMounted] = useState(false);
  const [, rerender] = useState({});
  useEffect(() => {
    setMounted(true);
    return store.listen(() => rerender({}));
  }, [store]);
  return mounted ? store.get() : serverValue;
}
