import { useState } from 'preact/hooks';
import type { UnsentMessage } from '~/lib/unsent';
import { $unsentMessages } from './store';
import { useStore } from '../shared/use-store';
import PadForm from './PadForm';
import PadMessages from './PadMessages';
import PadPause from './PadPause';

interface Props {
  idPrefix?: string;
  level?: 2 | 3;
}

const NONE: readonly UnsentMessage[] = [];

/**
 * "Want to text them? Write it here instead": messages kept on this device,
 * newest first, and an optional 10-minute pause before acting on the urge.
 * Rules live in src/lib/unsent.ts and state changes in ./store.ts.
 */
export default function UnsentPad({ idPrefix = 'pad', level = 2 }: Props) {
  const messages = useStore($unsentMessages, NONE);
  const [status, setStatus] = useState('');
  const H = level === 2 ? 'h2' : 'h3';

  return (
    <div class="pad">
      <PadForm idPrefix={idPrefix} H={H} status={status} onStatus={setStatus} />
      <PadPause idPrefix={idPrefix} H={H} />
      <PadMessages messages={messages} idPrefix={idPrefix} H={H} onStatus={setStatus} />
    </div>
  );
}
