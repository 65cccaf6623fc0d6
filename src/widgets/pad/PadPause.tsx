import { useEffect, useState } from 'preact/hooks';
import { formatCountdown, pausePhase } from '~/lib/unsent';
import { $pauseStartedAt, settlePause, startPause, stopPause } from './store';
import { useStore } from '../shared/use-store';

interface Props {
  /** Prefix of every id in the section, unique on the page. */
  idPrefix: string;
  /** The heading element, so the pad fits the outline of the page around it. */
  H: 'h2' | 'h3' | 'h4';
}

/** "Give the urge ten minutes": start, watch and stop the pause kept in the store. */
export default function PadPause({ idPrefix, H }: Props) {
  const startedAt = useStore($pauseStartedAt, 0);
  const [now, setNow] = useState(() => Date.now());
  // Disabled until interactive: a click on the server-rendered button would do nothing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const phase = pausePhase(startedAt, now);
  const titleId = `${idPrefix}-pause-title`;

  // A start later than now would hold the countdown at 10:00: it starts again now.
  useEffect(() => settlePause(now), [startedAt, now]);

  useEffect(() => {
    if (phase.kind !== 'running') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [phase.kind]);

  return (
    <section class="pause" aria-labelledby={titleId}>
      <H id={titleId}>Give the urge ten minutes</H>
      {phase.kind === 'running' ? (
        <>
          <p>
            Breathe, walk, drink some water. Decide nothing until the timer ends.{' '}
            <span role="timer" aria-label="Time left in the pause" class="countdown">
              {formatCountdown(phase.remainingMs)}
            </span>
          </p>
          <button type="button" class="secondary" disabled={!ready} onClick={() => stopPause()}>
            Stop the pause
          </button>
        </>
      ) : (
        <>
          <p role="status">
            {phase.kind === 'over'
              ? 'Ten minutes have passed. Notice how the urge feels now: often it has eased. You can still choose not to send anything.'
              : 'Urges rise and fall. A short pause often takes the edge off before you decide what to do.'}
          </p>
          <button type="button" class="secondary" disabled={!ready} onClick={() => setNow(startPause())}>
            {phase.kind === 'over' ? 'Start another 10 minutes' : 'Start a 10-minute pause'}
          </button>
        </>
      )}
    </section>
  );
}
