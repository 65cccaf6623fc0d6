import { useState } from 'preact/hooks';
import { clearPlan } from './store';

/** "Stop tracking and erase this plan", behind a confirmation. */
export function ClearPlan() {
  // Whether the confirmation is showing: how the control looks, not what it does.
  const [confirming, setConfirming] = useState(false);
  return (
    <p class="clear">
      {!confirming ? (
        <button type="button" class="link" onClick={() => setConfirming(true)}>
          Stop tracking and erase this plan
        </button>
      ) : (
        <span class="confirm" role="group" aria-label="Erase this plan?">
          Erase your plan and its history from this device?{' '}
          <button
            type="button"
            class="danger"
            onClick={() => {
              clearPlan();
              setConfirming(false);
            }}
          >
            Yes, erase it
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      )}
    </p>
  );
}
