import { useEffect, useState } from 'preact/hooks';
import { PAD_STATUS, type UnsentMessage } from '~/lib/unsent';
import { Folded } from '../shared/Folded';
import { deleteAllUnsent, deleteUnsent, restoreUnsent } from './store';

interface Props {
  /** The messages to list, newest first; the section shows only when there is one, or a deletion to undo. */
  messages: readonly UnsentMessage[];
  /** Prefix of every id in the section, unique on the page. */
  idPrefix: string;
  /** The heading element, so the pad fits the outline of the page around it. */
  H: 'h2' | 'h3' | 'h4';
  /** Called with the sentence to announce after a deletion. */
  onStatus: (status: string) => void;
}

/** How long "Undo" stays after a message is deleted, in ms. */
export const UNDO_MS = 10_000;

/** How many messages show at first, and how many more each "Show older" adds: the page stays light with thousands kept. */
export const PAGE_SIZE = 20;

const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The reader's unsent messages, folded until they ask to see them (so nobody
 * reads them over a shoulder), then newest first, a page at a time, each with
 * its own Delete and a few seconds to undo it, and "Delete all" behind a
 * confirmation. The pause keeps its ticking state to itself, so the list
 * renders again only when the pad does.
 */
export default function PadMessages({ messages, idPrefix, H, onStatus }: Props) {
  const [open, setOpen] = useState(false);
  const [confirmAll, setConfirmAll] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<UnsentMessage | undefined>();
  const titleId = `${idPrefix}-list-title`;
  const bodyId = `${idPrefix}-list-body`;
  const visible = messages.length > shown ? messages.slice(0, shown) : messages;
  const hidden = messages.length - visible.length;

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  if (messages.length === 0 && !deleted) return null;

  return (
    <section class="messages" aria-labelledby={titleId}>
      <H id={titleId}>Your unsent messages ({messages.length})</H>
      <p class="undo" role="status">
        {deleted && (
          <>
            {PAD_STATUS.deleted}{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                restoreUnsent(deleted);
                setDeleted(undefined);
                onStatus(PAD_STATUS.restored);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {messages.length > 0 && (
        <button type="button" class="secondary" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Hide messages' : 'Show messages'}
        </button>
      )}
      <div id={bodyId} hidden={!open || messages.length === 0}>
        <ol class="message-list">
          {visible.map((message) => {
            const date = when.format(new Date(message.savedAt));
            return (
              <li key={message.id}>
                <p class="meta">
                  <time dateTime={message.savedAt}>{date}</time>
                </p>
                <Folded label="Show the message">
                  <p class="text">{message.text}</p>
                </Folded>
                <button
                  type="button"
                  class="link"
                  aria-label={`Delete the message from ${date}`}
                  onClick={() => {
                    deleteUnsent(message.id);
                    setDeleted(message);
                  }}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ol>
        {hidden > 0 && (
          <p class="more">
            Showing the newest {visible.length} of {messages.length}.{' '}
            <button type="button" class="secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, hidden)} older
            </button>
          </p>
        )}
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
                onStatus(PAD_STATUS.deletedAll);
              }}
            >
              Yes, delete all
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirmAll(false)}>
              Keep them
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
