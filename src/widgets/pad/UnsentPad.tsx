import { useEffect, useState } from 'preact/hooks';
import { formatCountdown, MAX_MESSAGE_LENGTH, PAUSE_MS, pauseRemaining, type UnsentMessage } from '~/lib/unsent';
import { $pauseStartedAt, $unsentMessages, deleteAllUnsent, deleteUnsent, saveUnsent, startPause, stopPause } from './store';
import { useStore } from '../shared/use-store';

interface Props {
  idPrefix?: string;
  level?: 2 | 3;
}

const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * "Want to text them? Write it here instead": messages kept on this device,
 * newest first, and an optional 10-minute pause before acting on the urge.
 */
export default function UnsentPad({ idPrefix = 'pad', level = 2 }: Props) {
  const messages = useStore($unsentMessages, [] as readonly UnsentMessage[]);
  const pauseStartedAt = useStore($pauseStartedAt, 0);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const id = (name: string) => `${idPrefix}-${name}`;
  const H = level === 2 ? 'h2' : 'h3';

  const remaining = pauseStartedAt ? pauseRemaining(pauseStartedAt, now, PAUSE_MS) : 0;
  const pausing = pauseStartedAt > 0 && remaining > 0;
  const pauseOver = pauseStartedAt > 0 && remaining === 0;

  useEffect(() => {
    if (!pausing) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [pausing]);

  function save(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setStatus('Write something first. Nothing was saved.');
      return;
    }
    saveUnsent(text);
    setText('');
    setStatus('Saved on this device. It was not sent to anyone.');
  }

  return (
    <div class="pad">
      <form onSubmit={save} noValidate aria-labelledby={id('title')}>
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

      <section class="pause" aria-labelledby={id('pause-title')}>
        <H id={id('pause-title')}>Give the urge ten minutes</H>
        {pausing ? (
          <>
            <p>
              Breathe, walk, drink some water. Decide nothing until the timer ends.{' '}
              <span role="timer" aria-label="Time left in the pause" class="countdown">
                {formatCountdown(remaining)}
              </span>
            </p>
            <button type="button" class="secondary" onClick={() => stopPause()}>
              Stop the pause
            </button>
          </>
        ) : (
          <>
            <p role="status">
              {pauseOver
                ? 'Ten minutes have passed. Notice how the urge feels now: often it has eased. You can still choose not to send anything.'
                : 'Urges rise and fall. A short pause often takes the edge off before you decide what to do.'}
            </p>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setNow(Date.now());
                startPause();
              }}
            >
              {pauseOver ? 'Start another 10 minutes' : 'Start a 10-minute pause'}
            </button>
          </>
        )}
      </section>

      {messages.length > 0 && (
        <section class="messages" aria-labelledby={id('list-title')}>
          <H id={id('list-title')}>Your unsent messages ({messages.length})</H>
          <ol class="message-list">
            {messages.map((message) => {
              const date = when.format(new Date(message.savedAt));
              return (
                <li key={message.id}>
                  <p class="meta">
                    <time dateTime={message.savedAt}>{date}</time>
                  </p>
                  <p class="text">{message.text}</p>
                  <button
                    type="button"
                    class="link"
                    aria-label={`Delete the message from ${date}`}
                    onClick={() => {
                      deleteUnsent(message.id);
                      setStatus('Message deleted.');
                    }}
                  >
                    Delete
                  </button>
                </li>
              );
            })}
          </ol>
          {!confirmAll ? (
            <button type="button" class="secondary" onClick={() => setConfirmAll(true)}>
              Delete all messages
            </button>
          ) : (
            <p class="confirm" role="group" aria-label="Delete all messages?">
              Delete all {messages.length} messages from this device?{' '}
              <button
                type="button"
                class="danger"
                onClick={() => {
                  deleteAllUnsent();
                  setConfirmAll(false);
                  setStatus('All messages deleted.');
                }}
              >
                Yes, delete all
              </button>{' '}
              <button type="button" class="secondary" onClick={() => setConfirmAll(false)}>
                Keep them
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
