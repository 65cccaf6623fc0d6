import { useRef } from 'preact/hooks';
import { formatDate } from '~/lib/calendar-date';
import { MAX_NOTE_LENGTH, type Plan } from '~/lib/no-contact-plan';
import { $today } from '~/stores/today';
import { Folded } from '../shared/Folded';
import { useStore } from '../shared/use-store';
import {
  $contactForm,
  $slipForm,
  closeContactForm,
  closeSlipForm,
  CLOSED_CONTACT_FORM,
  CLOSED_SLIP_FORM,
  editContactDate,
  editSlipDate,
  editSlipNote,
  openContactForm,
  openSlipForm,
  submitContactForm,
  submitSlipForm,
  type ContactFormState,
  type SlipFormState,
} from './forms';
import { NoticeLine } from './NoticeLine';
import { readDateField, type PartProps } from './parts';
import { CONTACT_WORDS, removeLoggedContact, undoLastSlip } from './store';

interface Props extends PartProps {
  plan: Plan;
}

/** "If you got in touch": the button that opens the slip form, the form, and the history of slips with an undo. */
export function Slips({ plan, id, H }: Props) {
  const form = useStore($slipForm, CLOSED_SLIP_FORM);
  return (
    <section class="slips" aria-labelledby={id('slips-title')}>
      <H id={id('slips-title')}>If you got in touch</H>
      <p>It happens. Record it, and the count starts again from that day. No judgement, just an honest count.</p>
      {!form.open ? (
        <button type="button" class="secondary" onClick={() => openSlipForm()}>
          I contacted them
        </button>
      ) : (
        <SlipForm form={form} plan={plan} id={id} />
      )}
      <NoticeLine place="slips" />
      <OtherContact plan={plan} id={id} H={H} />
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
                {slip.note && (
                  <Folded label="Show the note">
                    <span class="slip-note">{slip.note}</span>
                  </Folded>
                )}
              </li>
            ))}
          </ol>
          <button type="button" class="secondary" onClick={undoLastSlip}>
            Undo the last slip
          </button>
        </>
      )}
      <NoticeLine place="undo" />
    </section>
  );
}

/** The "Record contact" form: when, and an optional note that stays on this device. */
function SlipForm({ form, plan, id }: Pick<Props, 'plan' | 'id'> & { form: SlipFormState }) {
  const today = useStore($today, '');
  const dateInput = useRef<HTMLInputElement>(null);

  function save(event: Event) {
    event.preventDefault();
    submitSlipForm(readDateField(dateInput.current));
  }

  return (
    <form class="slip-form" onSubmit={save} noValidate aria-label="Record contact">
      <div class="field">
        <label for={id('slip-date')}>When were you in touch?</label>
        <input
          ref={dateInput}
          id={id('slip-date')}
          type="date"
          value={form.dateText}
          max={today || undefined}
          min={plan.lastContact}
          aria-describedby={form.error ? id('slip-error') : undefined}
          aria-invalid={form.error ? 'true' : undefined}
          onInput={(e) => editSlipDate(e.currentTarget.value)}
        />
        {form.error && (
          <p class="error" id={id('slip-error')}>
            {form.error}
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
          maxLength={MAX_NOTE_LENGTH}
          spellcheck={false}
          autocomplete="off"
          value={form.note}
          aria-describedby={id('slip-note-hint')}
          onInput={(e) => editSlipNote(e.currentTarget.value)}
        />
      </div>
      <div class="actions">
        <button type="submit">Record and restart the count</button>
        <button type="button" class="secondary" onClick={closeSlipForm}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Contact that does not restart the count: they got in touch, or logistics only. Recorded, listed, removable. */
function OtherContact({ plan, id, H }: Props) {
  const form = useStore($contactForm, CLOSED_CONTACT_FORM);
  const contacts = plan.contacts ?? [];
  return (
    <div class="other-contact">
      <H id={id('other-title')} class="small-heading">
        When they got in touch, or it was practical
      </H>
      <p>
        A message from them, or a brief exchange about children, a home, money or pets, is not a slip. Note it here if you like; your count
        goes on.
      </p>
      {form.kind ? (
        <ContactForm form={form} plan={plan} id={id} />
      ) : (
        <div class="actions">
          {(['they-reached-out', 'logistics'] as const).map((kind) => (
            <button key={kind} type="button" class="secondary" onClick={() => openContactForm(kind)}>
              {CONTACT_WORDS[kind].button}
            </button>
          ))}
        </div>
      )}
      <NoticeLine place="contact" />
      {contacts.length > 0 && (
        <ol class="history" aria-labelledby={id('other-title')}>
          {contacts.map((contact, index) => (
            <li key={`${contact.date}-${contact.kind}-${index}`}>
              <time dateTime={contact.date}>{formatDate(contact.date)}</time>: {CONTACT_WORDS[contact.kind].history}{' '}
              <button
                type="button"
                class="link"
                aria-label={`Remove ${CONTACT_WORDS[contact.kind].history} on ${formatDate(contact.date)}`}
                onClick={() => removeLoggedContact(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The date of contact that does not restart the count. */
function ContactForm({ form, plan, id }: Pick<Props, 'plan' | 'id'> & { form: ContactFormState }) {
  const today = useStore($today, '');
  const dateInput = useRef<HTMLInputElement>(null);
  const kind = form.kind!;

  function save(event: Event) {
    event.preventDefault();
    submitContactForm(readDateField(dateInput.current));
  }

  return (
    <form class="slip-form" onSubmit={save} noValidate aria-label={CONTACT_WORDS[kind].button}>
      <div class="field">
        <label for={id('contact-date')}>When?</label>
        <input
          ref={dateInput}
          id={id('contact-date')}
          type="date"
          value={form.dateText}
          max={today || undefined}
          min={plan.slips[0]?.previousLastContact ?? plan.lastContact}
          aria-describedby={form.error ? id('contact-error') : undefined}
          aria-invalid={form.error ? 'true' : undefined}
          onInput={(e) => editContactDate(e.currentTarget.value)}
        />
        {form.error && (
          <p class="error" id={id('contact-error')}>
            {form.error}
          </p>
        )}
      </div>
      <div class="actions">
        <button type="submit">Note it; my count goes on</button>
        <button type="button" class="secondary" onClick={closeContactForm}>
          Cancel
        </button>
      </div>
    </form>
  );
}
