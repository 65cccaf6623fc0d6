import { useEffect, useState } from 'preact/hooks';
import { MAX_MESSAGE_LENGTH } from '~/lib/unsent';
import { keepUnsent } from './store';

interface Props {
  /** Prefix of every id in the form, unique on the page. */
  idPrefix: string;
  /** The heading element, so the pad fits the outline of the page around it. */
  H: 'h2' | 'h3' | 'h4';
  /** The pad's latest status sentence, announced in the form's status region. */
  status: string;
  /** Called with the sentence to announce after the reader keeps a message. */
  onStatus: (status: string) => void;
}

/**
 * The message box and "Keep it here, unsent". The box takes typing from the
 * moment the page shows, and keeps it through hydration; the button waits
 * until the island is interactive.
 */
export default function PadForm({ idPrefix, H, status, onStatus }: Props) {
  // The button waits for the island: a submit on the server-rendered form
  // would reload the page and take the text with it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const id = (name: string) => `${idPrefix}-${name}`;

  function keep(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const box = form.elements.namedItem('message') as HTMLTextAreaElement;
    const outcome = keepUnsent(box.value);
    if (outcome.saved) form.reset();
    onStatus(outcome.status);
  }

  // The box is uncontrolled: Preact writes a controlled textarea's value while
  // hydrating, which would wipe what the reader typed before the island woke.
  return (
    <form onSubmit={keep} noValidate aria-labelledby={id('title')}>
      <H id={id('title')}>Want to text them? Write it here instead.</H>
      <label for={id('text')}>Your message, unsent</label>
      <p class="hint" id={id('hint')}>
        Say everything you want to say. It stays in this browser and is never sent. Anyone who uses this browser could read it.
      </p>
      {/* No spell-checking: a browser's cloud spell-checker would send the text off the device. */}
      <textarea
        id={id('text')}
        name="message"
        rows={5}
        maxLength={MAX_MESSAGE_LENGTH}
        spellcheck={false}
        autocomplete="off"
        autoCorrect="off"
        autoCapitalize="sentences"
        aria-describedby={id('hint')}
      />
      <div class="actions">
        <button type="submit" disabled={!ready}>
          Keep it here, unsent
        </button>
      </div>
      <p class="saved" role="status">
        {status}
      </p>
    </form>
  );
}
