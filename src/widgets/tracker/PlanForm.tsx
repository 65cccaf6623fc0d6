import { useEffect, useRef } from 'preact/hooks';
import { DAYS_FIELD_LENGTH, PRESET_LENGTHS, type LengthChoice } from '~/lib/no-contact-form';
import { LENGTH_RANGE } from '~/lib/no-contact-plan';
import { $today } from '~/stores/today';
import { useStore } from '../shared/use-store';
import { NoticeLine } from './NoticeLine';
import {
  $lengthNote,
  $planForm,
  BLANK_PLAN_FORM,
  chooseLength,
  editCustomLength,
  editPlanDate,
  fillPlanForm,
  followPlan,
  submitPlanForm,
} from './forms';
import { describedBy, readDateField, type PartProps } from './parts';
import { $plan } from './store';

interface Props extends PartProps {
  /** Whether a plan is running: the form then changes it rather than starting one. */
  hasPlan: boolean;
}

/** The plan form: date of last contact and length, with each field's message, and the tracker's status line. */
export function PlanForm({ id, H, hasPlan }: Props) {
  const form = useStore($planForm, BLANK_PLAN_FORM);
  const note = useStore($lengthNote, undefined);
  const today = useStore($today, '');
  const dateInput = useRef<HTMLInputElement>(null);
  const { errors, ready } = form;

  // Neither the stored plan nor today is known on the server, so the form is filled here, then follows the plan.
  useEffect(() => {
    fillPlanForm();
    return followPlan();
  }, []);

  function save(event: Event) {
    event.preventDefault();
    submitPlanForm(readDateField(dateInput.current));
    // Starting a plan folds this form away with the button just pressed: focus moves to the count once it is drawn.
    if (!hasPlan && $plan.get()) requestAnimationFrame(() => document.getElementById(id('count-title'))?.focus());
  }

  return (
    <form class="plan-form" onSubmit={save} noValidate aria-labelledby={id('form-title')}>
      <H id={id('form-title')}>{hasPlan ? 'Your plan' : 'Start your count'}</H>
      <div class="field">
        <label for={id('date')}>Date of your last contact</label>
        <p class="hint" id={id('date-hint')}>
          That day is day 0. Count every kind of contact: messages, calls, likes, comments.
        </p>
        <input
          ref={dateInput}
          id={id('date')}
          type="date"
          disabled={!ready}
          value={form.dateText}
          max={today || undefined}
          aria-describedby={describedBy(id('date-hint'), errors.date && id('date-error'))}
          aria-invalid={errors.date ? 'true' : undefined}
          onInput={(e) => editPlanDate(e.currentTarget.value)}
        />
        {errors.date && (
          <p class="error" id={id('date-error')}>
            {errors.date}
          </p>
        )}
      </div>
      <fieldset class="field" aria-describedby={describedBy(errors.length && id('length-error'), note && id('length-note'))}>
        <legend>How long will you keep no contact?</legend>
        <p class="hint">The guide’s rule of thumb is one to two months: at least 30 days.</p>
        <div class="presets">
          {PRESET_LENGTHS.map((days) => (
            <LengthRadio key={days} id={id} ready={ready} value={`${days}`} chosen={form.choice} label={`${days} days`} />
          ))}
          <LengthRadio id={id} ready={ready} value="custom" chosen={form.choice} label="Another length" />
        </div>
        {form.choice === 'custom' && (
          <div class="custom">
            <label for={id('custom')}>
              Number of days ({LENGTH_RANGE.min} to {LENGTH_RANGE.max})
            </label>
            <input
              id={id('custom')}
              type="text"
              maxLength={DAYS_FIELD_LENGTH}
              inputMode="numeric"
              autoComplete="off"
              value={form.customText}
              aria-describedby={describedBy(errors.length && id('length-error'), note && id('length-note'))}
              aria-invalid={errors.length ? 'true' : undefined}
              onInput={(e) => editCustomLength(e.currentTarget.value)}
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
      <button type="submit" disabled={!ready}>
        {hasPlan ? 'Update my plan' : 'Start counting'}
      </button>
      <NoticeLine place="plan" />
    </form>
  );
}

interface LengthRadioProps {
  id: PartProps['id'];
  ready: boolean;
  value: LengthChoice;
  chosen: LengthChoice;
  label: string;
}

/** One choice of length, as a radio inside its label. */
function LengthRadio({ id, ready, value, chosen, label }: LengthRadioProps) {
  return (
    <label class="preset">
      <input
        type="radio"
        disabled={!ready}
        name={id('length')}
        value={value}
        checked={chosen === value}
        onChange={() => chooseLength(value)}
      />
      {label}
    </label>
  );
}
