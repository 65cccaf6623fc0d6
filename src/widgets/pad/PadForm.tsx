import { useState } from 'preact/hooks';
import { MAX_MESSAGE_LENGTH } from '~/lib/unsent';
import { keepUnsent } from './store';

interface Props {
  /** Prefix of every id in the form, unique on the page. */
  idPrefix: string;
  /** The heading element, so the pad fits the outline of the page around it. */
  H: 'h2' | 'h3';
  /** The pad's latest status sentence, announced in the form's status region. */
  status: string;
  /** Called with the sentence to announce after the reader keeps a message. */
  onStatus: (status: string) => void;
}

/** The message box and "Keep it here, unsent". */
export default function PadForm({ idPrefix, H, status, onStatus }: Props) {
  const [text, setText] = useState('');
  const id = (name: string) => `${idPrefix}-${name}`;

  function keep(event: Event) {
    event.preventDefault();
    const outcome = keepUnsent(text);
    if (outcome.saved) setText('');
    onStatus(outcome.status);
  }

  return (
    <form onSubmit={keep} noValidate aria-labelledby={id('title')}>
      <H id={id('title')}>Want to text them? Write it here instead.</H>
      <label for={id('text')}>Your message, unsent</label>
      <p class="hint" id={id('hint')}>
        Say everything you want to say. It stays in this browser on this device, and nobody else sees it.
      </p>
      <textarea
        id={id('text')}
        rows={5}
        maxLength={MAX_MESSAGE_LENGTH}
        value={text}
        aria-describedby={id('hint')}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button type="submit">Keep it here, unsent</button>
      </div>
      <p class="saved" role="status">
        {status}
      </p>
    </form>
  );
}
