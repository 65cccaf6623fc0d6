import { useEffect, useState } from 'preact/hooks';
import { formatDate, type IsoDate } from '~/lib/calendar-date';
import { buildIcs } from '~/lib/ics';
import { milestoneEvents } from '~/lib/no-contact-calendar';
import { lengthNote, PRESET_LENGTHS, validateLastContact, validateLength, validateSlipDate } from '~/lib/no-contact-form';
import type { Plan } from '~/lib/no-contact-plan';
import type { Progress } from '~/lib/no-contact-progress';
import { $plan, $progress, clearPlan, recordSlip, savePlan, undoLastSlip } from './store';
import { $today } from '~/stores/today';
import { download } from '../shared/download';
import { useStore } from '../shared/use-store';

/** A page the tracker links to. */
export interface Link {
  title: string;
  href: string;
}

interface Props {
  /** Stage chapters: slug → title and URL (with base path). */
  chapters: Record<string, Link>;
  /** The "Are you ready to end no contact?" quiz. */
  quiz: Link;
  /** Unique prefix for element ids (two trackers never share a page, but ids must not clash with the page's). */
  idPrefix?: string;
  /** Heading level inside the tracker. */
  level?: 2 | 3;
}

type Choice = '30' | '45' | '60' | 'custom';

/** Shown when the browser itself rejects a date it cannot represent (say 30 February). */
const BAD_DATE = "That date doesn't exist. Check the day and the month.";

function dateInputValue(input: HTMLInputElement | null): string | undefined {
  // A date field holding an impossible date reports an empty value and badInput.
  return input?.validity.badInput ? undefined : input?.value;
}

/**
 * The no-contact tracker: plan, count, stage, slips and calendar export.
 * Renders and dispatches; date rules live in src/lib/no-contact-*.ts.
 */
export default function NoContactTracker({ chapters, quiz, idPrefix = 'nc', level = 2 }: Props) {
  const plan = useStore($plan, undefined);
  const progress = useStore($progress, undefined);
  const today = useStore($today, '');
  const [mounted, setMounted] = useState(false);
  const [dateText, setDateText] = useState('');
  const [choice, setChoice] = useState<Choice>('45');
  const [customText, setCustomText] = useState('');
  const [errors, setErrors] = useState<{ date?: string; length?: string }>({});
  const [saved, setSaved] = useState('');
  const [slipOpen, setSlipOpen] = useState(false);
  const [slipDate, setSlipDate] = useState('');
  const [slipNote, setSlipNote] = useState('');
  const [slipError, setSlipError] = useState('');
  const [withStages, setWithStages] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;
  const H = level === 2 ? 'h2' : 'h3';

  // Fill the form from the stored plan (or today) once in the browser: the server knows neither.
  // Until then the fields are disabled, so nothing typed early is overwritten.
  useEffect(() => {
    const stored = $plan.get();
    setDateText(stored?.lastContact ?? $today.get());
    const preset = stored && (PRESET_LENGTHS as readonly number[]).includes(stored.lengthDays);
    setChoice(stored ? (preset ? (String(stored.lengthDays) as Choice) : 'custom') : '45');
    setCustomText(stored && !preset ? String(stored.lengthDays) : '');
    setMounted(true);
  }, []);

  const customDays = choice === 'custom' ? validateLength(customText) : undefined;
  const note = customDays?.ok ? lengthNote(customDays.value) : undefined;

  function save(event: Event) {
    event.preventDefault();
    const dateField = document.getElementById(id('date')) as HTMLInputElement | null;
    const raw = dateInputValue(dateField);
    const date = raw === undefined ? ({ ok: false, error: BAD_DATE } as const) : validateLastContact(raw, $today.get());
    const length = choice === 'custom' ? validateLength(customText) : ({ ok: true, value: Number(choice) } as const);
    const next: { date?: string; length?: string } = {};
    if (!date.ok) next.date = date.error;
    if (!length.ok) next.length = length.error;
    setErrors(next);
    setSaved('');
    if (date.ok && length.ok) {
      savePlan(date.value, length.value);
      setSaved('Plan saved on this device.');
    }
  }

  function saveSlip(event: Event) {
    event.preventDefault();
    const current = $plan.get();
    if (!current) return;
    const raw = dateInputValue(document.getElementById(id('slip-date')) as HTMLInputElement | null);
    const date = raw === undefined ? ({ ok: false, error: BAD_DATE } as const) : validateSlipDate(raw, current, $today.get());
    if (!date.ok) {
      setSlipError(date.error);
      return;
    }
    recordSlip(date.value, slipNote);
    setSlipOpen(false);
    setSlipNote('');
    setSlipError('');
    setSaved('Slip recorded. Your count starts again from that day.');
  }

  function exportCalendar() {
    const current = $plan.get();
    if (!current) return;
    const events = milestoneEvents(current, withStages).map((event) => ({
      uid: `${event.id}@after-the-breakup`,
      date: event.date,
      summary: event.title,
      description: event.description,
    }));
    download('no-contact.ics', buildIcs(events, { dtstamp: new Date(), calendarName: 'No contact' }), 'text/calendar;charset=utf-8');
  }

  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <div class="tracker">
      <form class="plan-form" onSubmit={save} noValidate aria-labelledby={id('form-title')}>
        <H id={id('form-title')}>{plan ? 'Your plan' : 'Start your count'}</H>
        <div class="field">
          <label for={id('date')}>Date of your last contact</label>
          <p class="hint" id={id('date-hint')}>
            That day is day 0. Count every kind of contact: messages, calls, likes, comments.
          </p>
          <input
            id={id('date')}
            type="date"
            disabled={!mounted}
            value={dateText}
            max={today || undefined}
            aria-describedby={describedBy(id('date-hint'), errors.date && id('date-error'))}
            aria-invalid={errors.date ? 'true' : undefined}
            onInput={(e) => setDateText((e.currentTarget as HTMLInputElement).value)}
          />
          {errors.date && (
            <p class="error" id={id('date-error')}>
              {errors.date}
            </p>
          )}
        </div>
        <fieldset
          class="field"
          aria-describedby={describedBy(errors.length && id('length-error'), note && id('length-note'))}
        >
          <legend>How long will you keep no contact?</legend>
          <p class="hint">The guide's rule of thumb is one to two months.</p>
          <div class="presets">
            {PRESET_LENGTHS.map((days) => (
              <label key={days} class="preset">
                <input
                  type="radio"
                  disabled={!mounted}
                  name={id('length')}
                  value={String(days)}
                  checked={choice === String(days)}
                  onChange={() => {
                    setChoice(String(days) as Choice);
                    setErrors(errors.date ? { date: errors.date } : {});
                  }}
                />
                {days} days
              </label>
            ))}
            <label class="preset">
              <input
                type="radio"
                disabled={!mounted}
                name={id('length')}
                value="custom"
                checked={choice === 'custom'}
                onChange={() => setChoice('custom')}
              />
              Another length
            </label>
          </div>
          {choice === 'custom' && (
            <div class="custom">
              <label for={id('custom')}>Number of days (7 to 365)</label>
              <input
                id={id('custom')}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={customText}
                aria-describedby={describedBy(errors.length && id('length-error'), note && id('length-note'))}
                aria-invalid={errors.length ? 'true' : undefined}
                onInput={(e) => setCustomText((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          )}
          {note && (
            <p class="note" id={id('length-note')}>
              {note}
            </p>
          )}
          {errors.length && (
            <p class="error" id={id('length-error')}>
              {errors.length}
            </p>
          )}
        </fieldset>
        <button type="submit" disabled={!mounted}>
          {plan ? 'Update my plan' : 'Start counting'}
        </button>
        <p class="saved" role="status">
          {saved}
        </p>
      </form>

      {plan && progress && <Count plan={plan} progress={progress} chapters={chapters} quiz={quiz} H={H} id={id} />}

      {plan && (
        <section class="slips" aria-labelledby={id('slips-title')}>
          <H id={id('slips-title')}>If you got in touch</H>
          <p>It happens. Record it, and the count starts again from that day. No judgement, just an honest count.</p>
          {!slipOpen ? (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setSlipOpen(true);
                setSlipDate($today.get());
                setSlipError('');
              }}
            >
              I contacted them
            </button>
          ) : (
            <form class="slip-form" onSubmit={saveSlip} noValidate aria-label="Record contact">
              <div class="field">
                <label for={id('slip-date')}>When were you in touch?</label>
                <input
                  id={id('slip-date')}
                  type="date"
                  value={slipDate}
                  max={today || undefined}
                  min={plan.lastContact}
                  aria-describedby={slipError ? id('slip-error') : undefined}
                  aria-invalid={slipError ? 'true' : undefined}
                  onInput={(e) => setSlipDate((e.currentTarget as HTMLInputElement).value)}
                />
                {slipError && (
                  <p class="error" id={id('slip-error')}>
                    {slipError}
                  </p>
                )}
              </div>
              <div class="field">
                <label for={id('slip-note')}>A note for yourself (optional)</label>
                <p class="hint" id={id('slip-note-hint')}>
                  What set it off? It stays on this device and never goes into a calendar file.
                </p>
                <textarea
                  id={id('slip-note')}
                  rows={3}
                  maxLength={500}
                  value={slipNote}
                  aria-describedby={id('slip-note-hint')}
                  onInput={(e) => setSlipNote((e.currentTarget as HTMLTextAreaElement).value)}
                />
              </div>
              <div class="actions">
                <button type="submit">Record and restart the count</button>
                <button type="button" class="secondary" onClick={() => setSlipOpen(false)}>
                  Cancel
                </button>
              </div>
            </form>
          )}
          {plan.slips.length > 0 && (
            <>
              <H id={id('history-title')} class="small-heading">
                Your history
              </H>
              <ol class="history" aria-labelledby={id('history-title')}>
                {[...plan.slips].reverse().map((slip) => (
                  <li key={`${slip.date}-${slip.previousLastContact}`}>
                    <time dateTime={slip.date}>{formatDate(slip.date)}</time>: in touch after {slip.dayReached}{' '}
                    {slip.dayReached === 1 ? 'day' : 'days'}
                    {slip.note && <span class="slip-note">{slip.note}</span>}
                  </li>
                ))}
              </ol>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  undoLastSlip();
                  setSaved('Last slip undone.');
                }}
              >
                Undo the last slip
              </button>
            </>
          )}
        </section>
      )}

      {plan && (
        <section class="calendar" aria-labelledby={id('calendar-title')}>
          <H id={id('calendar-title')}>Add it to your calendar</H>
          <p>
            A calendar file made on this device, with the end of your period as an all-day event. It holds dates and the
            guide's advice only, never your notes.
          </p>
          <label class="check">
            <input type="checkbox" checked={withStages} onChange={(e) => setWithStages((e.currentTarget as HTMLInputElement).checked)} />
            Include the start of each stage
          </label>
          <button type="button" onClick={exportCalendar}>
            Add to calendar (.ics)
          </button>
        </section>
      )}

      {plan && (
        <p class="clear">
          {!confirmClear ? (
            <button type="button" class="link" onClick={() => setConfirmClear(true)}>
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
                  setConfirmClear(false);
                  setSaved('Your plan was erased from this device.');
                }}
              >
                Yes, erase it
              </button>{' '}
              <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
                Keep it
              </button>
            </span>
          )}
        </p>
      )}
    </div>
  );
}

interface CountProps {
  plan: Plan;
  progress: Progress;
  chapters: Record<string, Link>;
  quiz: Link;
  H: 'h2' | 'h3';
  id: (name: string) => string;
}

/** Where the reader stands: day N of M, end date, progress bar and the stage's advice. */
function Count({ progress, chapters, quiz, H, id }: CountProps) {
  const { day, total, daysLeft, endDate, stage, finished } = progress;
  const chapter = chapters[stage.chapter];
  return (
    <section class="count" aria-labelledby={id('count-title')}>
      <H id={id('count-title')} class="day">
        {finished ? `Day ${day}: your ${total} days are complete` : `Day ${day} of ${total}`}
      </H>
      <progress id={id('bar')} max={total} value={Math.min(day, total)} aria-label={`No contact: day ${Math.min(day, total)} of ${total}`} />
      <dl class="facts">
        <div>
          <dt>Days left</dt>
          <dd>{daysLeft}</dd>
        </div>
        <div>
          <dt>{finished ? 'Ended on' : 'Ends on'}</dt>
          <dd>
            <time dateTime={endDate as IsoDate}>{formatDate(endDate)}</time>
          </dd>
        </div>
      </dl>
      <div class="stage">
        <p class="stage-title">
          <span class="visually-hidden">Stage: </span>
          {stage.title}
        </p>
        <p>{stage.advice}</p>
        {finished ? (
          <p>
            <a href={quiz.href}>Take the “{quiz.title}” self-check</a> before you decide anything.
          </p>
        ) : (
          chapter && (
            <p>
              Read more: <a href={chapter.href}>{chapter.title}</a>
            </p>
          )
        )}
      </div>
    </section>
  );
}
