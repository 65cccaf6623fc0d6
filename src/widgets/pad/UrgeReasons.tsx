import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_REASON_LENGTH, REASON_STATUS, type Reason } from '~/lib/reasons';
import { Folded } from '../shared/Folded';
import { useStore } from '../shared/use-store';
import { $reasons, addReason, deleteReason, editReason } from './urge-store';

const NONE: readonly Reason[] = [];

/** One reason, read (folded until tapped in discreet mode) or being changed. */
function ReasonItem({ reason, onStatus }: { reason: Reason; onStatus: (status: string) => void }) {
  const [editing, setEditing] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  const fieldId = `urge-reason-${reason.id}`;
  // Focus goes to the field when the reader asks to change the reason, and back to "Edit" when they are done.
  useEffect(() => {
    if (editing) {
      opened.current = true;
      fieldRef.current?.focus();
    } else if (opened.current) editRef.current?.focus();
  }, [editing]);

  function save(event: Event) {
    event.preventDefault();
    const box = (event.currentTarget as HTMLFormElement).elements.namedItem('reason') as HTMLInputElement;
    const outcome = editReason(reason.id, box.value);
    onStatus(outcome.status);
    if (outcome.saved) setEditing(false);
  }

  if (editing) {
    return (
      <li>
        <form onSubmit={save} noValidate class="reason-edit">
          <label for={fieldId}>Change this reason</label>
          {/* No spell-checking: a browser's cloud spell-checker would send the text off the device. */}
          <input
            id={fieldId}
            type="text"
            name="reason"
            defaultValue={reason.text}
            maxLength={MAX_REASON_LENGTH}
            spellcheck={false}
            autocomplete="off"
            ref={fieldRef}
          />
          <button type="submit">Save</button>{' '}
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <Folded label="Show the reason">
        <p class="text">{reason.text}</p>
      </Folded>
      <button type="button" class="link" ref={editRef} aria-label={`Edit: ${reason.text}`} onClick={() => setEditing(true)}>
        Edit
      </button>{' '}
      <button
        type="button"
        class="link"
        aria-label={`Delete: ${reason.text}`}
        onClick={() => {
          deleteReason(reason.id);
          onStatus(REASON_STATUS.deleted);
        }}
      >
        Delete
      </button>
    </li>
  );
}

/** "Why I am giving this space": the reader's reasons, to read in the moment, with add, edit and delete. */
export default function UrgeReasons() {
  const reasons = useStore($reasons, NONE);
  const [status, setStatus] = useState('');

  function add(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const box = form.elements.namedItem('reason') as HTMLInputElement;
    const outcome = addReason(box.value);
    if (outcome.saved) form.reset();
    setStatus(outcome.status);
  }

  return (
    <>
      <p>
        {reasons.length
          ? 'You wrote these on a calmer day. Read them slowly.'
          : 'Write down why you chose to give this space: for your own sake, not to win anything back. A few words each is enough.'}
      </p>
      {reasons.length > 0 && (
        <ul class="reason-list">
          {reasons.map((reason) => (
            <ReasonItem key={reason.id} reason={reason} onStatus={setStatus} />
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <label for="urge-reason-new">Add a reason</label>
        <p class="hint" id="urge-reason-hint">
          For example: “I need to sleep properly again”. It stays in this browser.
        </p>
        <div class="row">
          <input
            id="urge-reason-new"
            type="text"
            name="reason"
            maxLength={MAX_REASON_LENGTH}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="urge-reason-hint"
          />
          <button type="submit">Add</button>
        </div>
      </form>
      <p class="saved" role="status">
        {status}
      </p>
    </>
  );
}
