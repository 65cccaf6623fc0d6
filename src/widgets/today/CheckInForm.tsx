import { useState } from 'preact/hooks';
import { formatDate, type IsoDate } from '~/lib/calendar-date';
import {
  checkInOn,
  CONTACT_KINDS,
  earliestFillable,
  MAX_CHECK_IN_NOTE,
  MOOD_RANGE,
  PULL_RANGE,
  type CheckIn,
  type CheckInErrors,
  type ContactKind,
} from '~/lib/check-ins';
import type { Plan } from '~/lib/no-contact-plan';
import { CONTACT_LABELS } from '~/lib/today-view';
import { describedBy, type IdFor } from './parts';
import { deleteCheckIn, saveCheckIn } from './store';

interface Props {
  plan: Plan | undefined;
  checkIns: readonly CheckIn[];
  today: IsoDate;
  id: IdFor;
  /** Where the tracker is, for "record it there" after "I reached out". */
  trackerHref: string;
}

const MOOD_WORDS: Record<number, string> = { 1: 'very low', 2: 'low', 3: 'so-so', 4: 'fairly good', 5: 'good' };

function range({ min, max }: { min: number; max: number }): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

interface Draft {
  mood: string;
  pull: string;
  contact: string;
  note: string;
}

const EMPTY: Draft = { mood: '', pull: '', contact: '', note: '' };

/** The answers being given, for the day (and its saved state) named by `key`, with their problems. */
interface Editing {
  key: string;
  draft: Draft;
  errors: CheckInErrors;
}

const keyFor = (date: string, saved: boolean) => `${date} ${saved ? 'saved' : 'new'}`;

function draftOf(checkIn: CheckIn | undefined): Draft {
  return checkIn ? { mood: String(checkIn.mood), pull: String(checkIn.pull), contact: checkIn.contact, note: checkIn.note ?? '' } : EMPTY;
}

/**
 * The daily check-in: mood, the pull to get in touch, any contact, a note.
 * Today's can be changed all day; a missed day can be filled in from the date
 * field, whose range is what the rules allow. Each problem is tied to its
 * field; what happened is said in the status line.
 */
export function CheckInForm({ plan, checkIns, today, id, trackerHref }: Props) {
  // The day chosen, and the day it was chosen on: at midnight the form moves to the new today.
  const [chosen, setChosen] = useState({ date: today as string, on: today });
  const date = chosen.on === today ? chosen.date : today;
  const setDate = (value: string) => setChosen({ date: value, on: today });
  const earliest = earliestFillable(plan, today);
  const existing = checkInOn(checkIns, date);
  const isToday = date === today;
  const locked = existing !== undefined && !isToday;

  // What is typed belongs to one day, as it stood (saved or not). Another day chosen, or that day
  // saved or deleted elsewhere, starts from what the day holds. This is worked out while rendering,
  // not in an effect: an effect runs a frame later, and would wipe an answer given in that frame.
  const key = keyFor(date, existing !== undefined);
  const [editing, setEditing] = useState<Editing>(() => ({ key, draft: draftOf(existing), errors: {} }));
  const current = editing.key === key ? editing : { key, draft: draftOf(existing), errors: {} };
  const { draft, errors } = current;
  const setErrors = (next: CheckInErrors) => setEditing({ ...current, errors: next });
  const [status, setStatus] = useState('');
  const [afterContact, setAfterContact] = useState(false);

  function change(field: keyof Draft, value: string) {
    setEditing((e) => {
      const base = e.key === key ? e : current;
      return { ...base, draft: { ...base.draft, [field]: value } };
    });
  }

  function submit(event: Event) {
    event.preventDefault();
    const outcome = saveCheckIn({ date, ...draft }, today);
    setErrors(outcome.errors);
    if (!outcome.ok) {
      setStatus('');
      setAfterContact(false);
      // Focus the first field with a problem, so the reader lands where to act.
      const first = (['date', 'mood', 'pull', 'contact', 'note'] as const).find((f) => outcome.errors[f]);
      if (first) document.getElementById(id(first === 'date' || first === 'note' ? first : `${first}-legend`))?.focus();
      return;
    }
    const day = outcome.checkIn.date === today ? 'today' : formatDate(outcome.checkIn.date);
    setStatus(`Check-in saved for ${day}, on this device only.`);
    setAfterContact(outcome.checkIn.contact === 'reached-out');
    // A missed day filled in: back to today, which is what the form is for.
    if (outcome.checkIn.date !== today) setDate(today);
  }

  function remove() {
    deleteCheckIn(date);
    setEditing({ key: keyFor(date, false), draft: EMPTY, errors: {} });
    setAfterContact(false);
    setStatus(`Check-in for ${isToday ? 'today' : formatDate(date)} deleted.`);
  }

  const err = (field: keyof CheckInErrors) => (errors[field] ? id(`${field}-error`) : undefined);
  const errorText = (field: keyof CheckInErrors) =>
    errors[field] && (
      <p class="error" id={id(`${field}-error`)}>
        {errors[field]}
      </p>
    );

  return (
    <section class="check-in" aria-labelledby={id('check-in-title')}>
      <h2 id={id('check-in-title')}>Check in</h2>
      <p>Four quick answers. There are no right ones, and they stay on this device.</p>
      <form onSubmit={submit} noValidate aria-labelledby={id('check-in-title')}>
        <div class="field">
          <label for={id('date')}>Which day?</label>
          <input
            id={id('date')}
            type="date"
            value={date}
            min={earliest}
            max={today}
            required
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy(id('date-hint'), err('date'))}
            onInput={(e) => {
              setDate(e.currentTarget.value);
              setStatus('');
            }}
          />
          <p class="hint" id={id('date-hint')}>
            Today, or a missed day back to {formatDate(earliest)}.
          </p>
          {errorText('date')}
          {locked && <p class="hint">You checked in for this day already. It stays as you wrote it; you can delete it if it is wrong.</p>}
        </div>

        <fieldset class="choices mood" disabled={locked} aria-describedby={err('mood')}>
          <legend id={id('mood-legend')} tabIndex={-1}>
            How do you feel?
          </legend>
          <div class="options">
            {range(MOOD_RANGE).map((n) => (
              <label class="option" key={n}>
                <input
                  type="radio"
                  name={id('mood')}
                  value={n}
                  checked={draft.mood === String(n)}
                  onChange={() => change('mood', String(n))}
                />
                <span>
                  {`${n} `}
                  <span class="option-word">{MOOD_WORDS[n]}</span>
                </span>
              </label>
            ))}
          </div>
          {errorText('mood')}
        </fieldset>

        <fieldset class="choices pull" disabled={locked} aria-describedby={describedBy(id('pull-hint'), err('pull'))}>
          <legend id={id('pull-legend')} tabIndex={-1}>
            How strong is the pull to get in touch?
          </legend>
          <p class="hint" id={id('pull-hint')}>
            0 is none, 10 is very strong.
          </p>
          <div class="options numbers">
            {range(PULL_RANGE).map((n) => (
              <label class="option" key={n}>
                <input
                  type="radio"
                  name={id('pull')}
                  value={n}
                  checked={draft.pull === String(n)}
                  onChange={() => change('pull', String(n))}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
          {errorText('pull')}
        </fieldset>

        <fieldset class="choices contact" disabled={locked} aria-describedby={err('contact')}>
          <legend id={id('contact-legend')} tabIndex={-1}>
            Any contact {isToday ? 'today' : 'that day'}?
          </legend>
          <div class="options">
            {CONTACT_KINDS.map((kind: ContactKind) => (
              <label class="option" key={kind}>
                <input
                  type="radio"
                  name={id('contact')}
                  value={kind}
                  checked={draft.contact === kind}
                  onChange={() => change('contact', kind)}
                />
                <span>{CONTACT_LABELS[kind]}</span>
              </label>
            ))}
          </div>
          {errorText('contact')}
        </fieldset>

        <div class="field">
          <label for={id('note')}>A line for yourself (optional)</label>
          <input
            id={id('note')}
            type="text"
            value={draft.note}
            maxLength={MAX_CHECK_IN_NOTE}
            spellcheck={false}
            autocomplete="off"
            disabled={locked}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={err('note')}
            onInput={(e) => change('note', e.currentTarget.value)}
          />
          {errorText('note')}
        </div>

        <div class="actions">
          {!locked && (
            <button type="submit" class="primary">
              {existing ? 'Save changes' : 'Save check-in'}
            </button>
          )}
          {existing && (
            <button type="button" class="secondary" onClick={remove}>
              Delete this check-in
            </button>
          )}
        </div>
        <p class="saved" role="status">
          {status}
        </p>
        {afterContact && (
          <p>
            That is all right: it is recorded. If you want your plan’s count to start again from that day, you can{' '}
            <a href={trackerHref}>record it on the tracker</a>.
          </p>
        )}
      </form>
    </section>
  );
}
