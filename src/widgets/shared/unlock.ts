import { $lock } from '~/stores/engine';
import { eraseLocked, unlock } from '~/stores/lock';
import { LOCK_LIMITS } from './lock-words';

// The one unlock screen: a dialog over the page, built on first use.

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const box = document.createElement('dialog');
  box.className = 'widget unlock-dialog';
  box.setAttribute('aria-labelledby', 'unlock-title');
  box.innerHTML = `
<p class="unlock-exit"></p>
<form class="unlock-form" novalidate>
  <h2 id="unlock-title">Unlock</h2>
  <p>Enter your passcode to see what you saved on this device.</p>
  <div class="field">
    <label for="unlock-passcode">Passcode</label>
    <input id="unlock-passcode" type="password" autocomplete="current-password" required>
    <p class="error" id="unlock-error" hidden></p>
  </div>
  <p class="actions"><button type="submit">Unlock</button><button type="button" class="secondary" data-cancel>Cancel</button></p>
  <p class="saved" role="status" data-status></p>
</form>
<details class="forgot">
  <summary>Forgot the passcode?</summary>
  <p>Nobody can recover it: it never left this device, and this site has no copy. The only way on is to erase everything this site keeps here (your plan, notes, unsent messages and answers) and start again.</p>
  <p><button type="button" class="danger" data-erase>Erase everything</button></p>
  <p class="confirm" role="group" aria-label="Erase everything?" data-confirm hidden>Erase everything this site keeps on this device? This cannot be undone.
    <button type="button" class="danger" data-erase-yes>Yes, erase everything</button>
    <button type="button" class="secondary" data-erase-no>Cancel</button></p>
</details>
<p class="hint"></p>`;
  box.querySelector('.hint')!.textContent = LOCK_LIMITS;
  // The dialog covers the header: it carries its own quick exit.
  const exit = document.querySelector('header [data-quick-exit]');
  if (exit) box.querySelector('.unlock-exit')!.append(exit.cloneNode(true));
  else box.querySelector('.unlock-exit')!.remove();

  const form = box.querySelector('form')!;
  const input = box.querySelector<HTMLInputElement>('#unlock-passcode')!;
  const error = box.querySelector<HTMLElement>('#unlock-error')!;
  const status = box.querySelector<HTMLElement>('[data-status]')!;
  const submit = box.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const confirm = box.querySelector<HTMLElement>('[data-confirm]')!;

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'unlock-error');
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value) {
      showError('Enter your passcode.');
      input.focus();
      return;
    }
    submit.disabled = true;
    showError('');
    status.textContent = 'Unlocking…';
    void unlock(input.value).then((result) => {
      submit.disabled = false;
      status.textContent = '';
      if (result === 'ok') {
        input.value = '';
        box.close();
        return;
      }
      showError(
        result === 'wrong'
          ? 'That passcode is not right. Nothing was changed. Try again.'
          : 'The lock on this device is damaged and cannot be opened. The only way on is to erase everything, below.',
      );
      input.select();
      input.focus();
    });
  });
  box.querySelector('[data-cancel]')!.addEventListener('click', () => box.close());
  box.querySelector('[data-erase]')!.addEventListener('click', () => {
    confirm.hidden = false;
    confirm.querySelector<HTMLElement>('[data-erase-yes]')!.focus();
  });
  box.querySelector('[data-erase-no]')!.addEventListener('click', () => (confirm.hidden = true));
  box.querySelector('[data-erase-yes]')!.addEventListener('click', () => {
    eraseLocked();
    confirm.hidden = true;
    box.close();
  });
  // Unlocked or erased in another tab: nothing left to do here.
  $lock.listen((state) => {
    if (state !== 'locked' && box.open) box.close();
  });
  document.body.append(box);
  return box;
}

/** Opens the unlock screen; focus goes back to `opener` when it closes (unless the opener is gone). */
export function openUnlock(opener: HTMLElement): void {
  dialog ??= build();
  const box = dialog;
  if (box.open) return;
  box.addEventListener(
    'close',
    () => {
      if (opener.isConnected && !opener.closest('[hidden]')) opener.focus();
    },
    { once: true },
  );
  box.showModal();
  box.querySelector<HTMLInputElement>('#unlock-passcode')!.focus();
}
