/** The shortest passcode the lock takes, in characters. */
export const MIN_PASSCODE = 4;

interface Props {
  /** The first field's label: "Choose a passcode" or "New passcode". */
  fieldLabel: string;
  /** The submit button's words. */
  submitLabel: string;
  /** What is wrong, tied to both fields; '' when nothing is. */
  error: string;
  /** True until the page is interactive: a plain submit before then would put the passcode in the address. */
  disabled: boolean;
  /** True while the lock is being saved: the submit button waits. */
  busy: boolean;
  /** Called on submit with the two passcodes as typed and the form (to reset it). */
  onSave: (passcode: string, again: string, form: HTMLFormElement) => void;
  /** Shows a Cancel button that calls this, when there is something to go back to. */
  onCancel?: (() => void) | undefined;
}

/** The passcode form of the lock settings: a new passcode typed twice, for turning the lock on or changing it. */
export function PasscodeForm({ fieldLabel, submitLabel, error, disabled, busy, onSave, onCancel }: Props) {
  function submit(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    onSave(field('passcode'), field('again'), form);
  }
  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="new-passcode">{fieldLabel}</label>
        <p class="hint" id="new-passcode-hint">
          At least {MIN_PASSCODE} characters. A few words are easier to remember and harder to guess than a short number.
        </p>
        <input
          id="new-passcode"
          name="passcode"
          type="password"
          autocomplete="new-password"
          disabled={disabled}
          aria-describedby={error ? 'new-passcode-hint passcode-error' : 'new-passcode-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      <div class="field">
        <label for="passcode-again">Type it again</label>
        <input
          id="passcode-again"
          name="again"
          type="password"
          autocomplete="new-password"
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
        />
        {error && (
          <p class="error" id="passcode-error">
            {error}
          </p>
        )}
      </div>
      <p class="actions">
        <button type="submit" disabled={busy || disabled}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
