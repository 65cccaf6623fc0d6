import { useEffect, useState } from 'preact/hooks';
import { $lock } from '~/stores/engine';
import { useStore } from '../shared/use-store';
import { LOCK_LIMITS } from '../shared/lock-words';
import { MIN_PASSCODE, PasscodeForm } from './PasscodeForm';

type Mode = 'idle' | 'change' | 'remove';

interface Props {
  /** Shows (and announces) a sentence in the page's status line. */
  onStatus: (status: string) => void;
}

/**
 * The passcode lock on the your-data page: turn it on, lock now, change or
 * remove the passcode. The lock's code loads only when one of them is used.
 */
export default function LockSettings({ onStatus: setStatus }: Props) {
  const state = useStore($lock, 'off');
  const [mode, setMode] = useState<Mode>('idle');
  const [mounted, setMounted] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Until the page is interactive the form is disabled: a plain submit would put the passcode in the address.
  useEffect(() => setMounted(true), []);

  const lockModule = () => import('~/stores/lock');

  async function onSave(passcode: string, again: string, fields: HTMLFormElement) {
    if (passcode.length < MIN_PASSCODE) return setError(`Choose a passcode of at least ${MIN_PASSCODE} characters.`);
    if (passcode !== again) return setError('The two passcodes are not the same. Type it again in both boxes.');
    setError('');
    setBusy(true);
    setStatus('Encrypting what is stored…');
    const turningOn = state === 'off';
    const result = await (await lockModule()).setPasscode(passcode);
    setBusy(false);
    if (result === 'ok' || result === 'memory') {
      fields.reset();
      setMode('idle');
      setStatus(
        turningOn
          ? 'The lock is on. Everything stored here is encrypted, and this site will ask for the passcode each time you open it.'
          : 'The passcode is changed. Everything stored here is encrypted with the new one.',
      );
    } else {
      setStatus('');
      setError('This browser refused to save the change. Nothing was changed.');
    }
  }

  async function onRemove() {
    setBusy(true);
    const result = await (await lockModule()).removePasscode();
    setBusy(false);
    setMode('idle');
    setStatus(
      result === 'ok' || result === 'memory'
        ? 'The lock is off. What is stored here is no longer encrypted.'
        : 'This browser refused to save the change. The lock is still on.',
    );
  }

  const form = (submitLabel: string) => (
    <PasscodeForm
      fieldLabel={state === 'off' ? 'Choose a passcode' : 'New passcode'}
      submitLabel={submitLabel}
      error={error}
      disabled={!mounted}
      busy={busy}
      onSave={(passcode, again, fields) => void onSave(passcode, again, fields)}
      onCancel={state === 'off' ? undefined : () => setMode('idle')}
    />
  );

  return (
    <section aria-labelledby="lock-title">
      <h2 id="lock-title">Passcode lock</h2>
      <p>
        With a passcode, everything this site stores about you is encrypted on this device. The key to it stays in the page’s memory only,
        so each page you open asks for the passcode before it shows what you saved, and the site locks itself after five minutes out of
        sight. Two settings stay readable, because the page needs them before you unlock: the light or dark theme, and discreet mode.
      </p>
      <p class="hint">{LOCK_LIMITS} If you forget the passcode, the only way on is to erase everything.</p>
      {state === 'off' ? (
        form('Turn on the lock')
      ) : (
        <>
          <p>
            <strong>The lock is on.</strong>
          </p>
          {mode === 'change' ? (
            form('Change the passcode')
          ) : mode === 'remove' ? (
            <p class="confirm" role="group" aria-label="Remove the lock?">
              Remove the lock? What is stored here will no longer be encrypted.{' '}
              <button type="button" class="danger" disabled={busy} onClick={() => void onRemove()}>
                Yes, remove the lock
              </button>{' '}
              <button type="button" class="secondary" onClick={() => setMode('idle')}>
                Cancel
              </button>
            </p>
          ) : (
            <p class="actions">
              <button type="button" onClick={() => void lockModule().then((lock) => lock.lockNow())}>
                Lock now
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setStatus('');
                  setMode('change');
                }}
              >
                Change the passcode
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setStatus('');
                  setMode('remove');
                }}
              >
                Remove the lock
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
