import type { CheckInProgress } from '~/lib/check-in-progress';
import { days } from '~/lib/today-view';
import type { IdFor } from './parts';

interface Props {
  figures: CheckInProgress;
  id: IdFor;
}

/** The current run, the last 30 days and the longest run: what one slip does not erase. */
export function ProgressFigures({ figures, id }: Props) {
  const { current, longest, withoutContact, knownDays } = figures;
  return (
    <section class="figures" aria-labelledby={id('figures-title')}>
      <h2 id={id('figures-title')}>Your progress</h2>
      {knownDays === 0 ? (
        <p>Your figures start with your first check-in or your plan.</p>
      ) : (
        <>
          <dl class="facts">
            <div>
              <dt>Current run</dt>
              <dd>{days(current)}</dd>
            </div>
            <div>
              <dt>Days without contact in the last 30</dt>
              <dd>
                {withoutContact} of {knownDays}
              </dd>
            </div>
            <div>
              <dt>Longest run</dt>
              <dd>{days(longest)}</dd>
            </div>
          </dl>
          <p class="hint">
            {current < longest
              ? 'A slip starts the current run again, but the days you already kept still count here.'
              : 'Each day without contact adds to all three.'}
          </p>
        </>
      )}
    </section>
  );
}
