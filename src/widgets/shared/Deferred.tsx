import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { whenVisible } from './visible';

interface Props<P> {
  /**
   * Fetches the component: a module-level function around a plain `import()`,
   * e.g. `() => import('./ChartFor').then((m) => m.default)`.
   */
  load: () => Promise<ComponentType<P>>;
  /** The component's props, passed on every render once it is here. */
  props: P;
  /** The placeholder's class: it should reserve about the component's height, so nothing moves when it arrives. */
  placeholder: string;
  /** What to say if the component cannot be fetched (offline before the page was ever cached). */
  failed: string;
}

/**
 * A part of an island that is fetched only when its place scrolls near the
 * viewport (src/widgets/shared/visible.ts), for what sits below the fold: the
 * first screen needs none of its code. Until then an empty placeholder holds
 * its room.
 */
export function Deferred<P extends object>({ load, props, placeholder, failed }: Props<P>) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ Component?: ComponentType<P>; error?: true }>({});
  useEffect(() => {
    const place = ref.current;
    if (!place) return;
    let live = true;
    whenVisible(place, () =>
      load().then(
        (Component) => live && setState({ Component }),
        () => live && setState({ error: true }),
      ),
    );
    return () => {
      live = false;
    };
    // Once: `load` is module-level and never changes.
  }, []);
  const { Component, error } = state;
  if (Component) return <Component {...props} />;
  if (error) return <p role="status">{failed}</p>;
  return <div ref={ref} class={placeholder} aria-hidden="true" />;
}
