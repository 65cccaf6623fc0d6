import type { ComponentChildren } from 'preact';
import { $discreet } from '~/stores/discreet';
import { useStore } from './use-store';

interface Props {
  /** What the folded line says ("Show the message"); the text itself stays out of sight until tapped. */
  label: string;
  children: ComponentChildren;
}

/** Something the reader wrote: shown as it is, or, in discreet mode, folded until tapped. */
export function Folded({ label, children }: Props) {
  const discreet = useStore($discreet, false);
  if (!discreet) return <>{children}</>;
  return (
    <details class="folded">
      <summary>{label}</summary>
      {children}
    </details>
  );
}
