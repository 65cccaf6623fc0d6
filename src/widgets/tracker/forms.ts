import { atom, computed } from 'nanostores';
import type { IsoDate } from '~/lib/calendar-date';
import { lastContactConflict } from '~/lib/no-contact-slips';
import {
  BAD_DATE,
  BLANK_PLAN_FIELDS,
  checkPlanForm,
  checkSlipForm,
  customLengthNote,
  planFields,
  type DateField,
  type LengthChoice,
  type PlanFields,
  type PlanFormErrors,
  validateContactDate,
} from '~/lib/no-contact-form';
import type { LoggedContact } from '~/lib/no-contact-plan';
import { $discreet } from '~/stores/discreet';
import { $today } from '~/stores/today';
import { $notice, $plan, NO_NOTICE, recordContact, recordSlip, savePlan } from './store';

// The state behind the tracker's forms, apart from ./store so that the home
// page's status line, which needs only the count, does not load it.

/** The plan form as the reader has left it. */
export interface PlanFormState extends PlanFields {
  /** False until {@link fillPlanForm} has run in the browser; the form stays disabled until then. */
  ready: boolean;
  /** A message for each field that failed the last check. */
  errors: PlanFormErrors;
}

/** The plan form as the server renders it: blank and not yet ready. */
export const BLANK_PLAN_FORM: Readonly<PlanFormState> = { ...BLANK_PLAN_FIELDS, ready: false, errors: {} };

/** The plan form's fields and errors. */
export const $planForm = atom<PlanFormState>(BLANK_PLAN_FORM);

/** The note on a custom length outside the guide's rule of thumb, or undefined. */
export const $lengthNote = /* @__PURE__ */ computed($planForm, customLengthNote);

/**
 * Fills the plan form from the stored plan, or with `today` and 45 days
 * without one, and makes it ready. Run once in the browser: the server knows
 * neither, and anything typed before this would be overwritten.
 */
export function fillPlanForm(today: IsoDate = $today.get()): void {
  $planForm.set({ ...planFields($plan.get(), today), ready: true, errors: {} });
}

/**
 * Keeps the plan form showing the plan as it is stored: after a slip, an undo
 * or a change in another tab, the form shows the new last contact and length,
 * so saving it never brings back an old date. Returns the function that stops it.
 */
export function followPlan(today: () => IsoDate = () => $today.get()): () => void {
  return $plan.listen((plan) => {
    if ($planForm.get().ready) $planForm.set({ ...planFields(plan, today()), ready: true, errors: {} });
  });
}

/** Keeps what the reader typed into the last-contact field. */
export function editPlanDate(dateText: string): void {
  $planForm.set({ ...$planForm.get(), dateText });
}

/** Chooses a length. Choosing a preset clears the length's error: a preset is always valid. */
export function chooseLength(choice: LengthChoice): void {
  const form = $planForm.get();
  const errors = choice === 'custom' ? form.errors : form.errors.date ? { date: form.errors.date } : {};
  $planForm.set({ ...form, choice, errors });
}

/** Keeps what the reader typed into the "Number of days" field. */
export function editCustomLength(customText: string): void {
  $planForm.set({ ...$planForm.get(), customText });
}

/**
 * Sends the plan form, with its date field as read from the page: saves the
 * plan when both fields pass, and otherwise shows each field's message.
 */
export function submitPlanForm(date: DateField, today: IsoDate = $today.get()): void {
  const form = $planForm.get();
  const result = checkPlanForm({ ...date, choice: form.choice, customText: form.customText }, today);
  // A date before the latest slip would quietly undo it: the reader undoes the slip on purpose instead.
  const conflict = result.ok ? lastContactConflict($plan.get(), result.lastContact) : undefined;
  if (!result.ok || conflict !== undefined) {
    $planForm.set({ ...form, errors: result.ok ? { date: conflict! } : result.errors });
    $notice.set(NO_NOTICE);
    return;
  }
  $planForm.set({ ...form, errors: {} });
  savePlan(result.lastContact, result.lengthDays);
}

/** The "I contacted them" form. */
export interface SlipFormState {
  /** Whether the form is shown instead of its "I contacted them" button. */
  open: boolean;
  /** The date field. */
  dateText: string;
  /** The optional note, as typed. */
  note: string;
  /** The date field's message, or '' when it passed or was not checked yet. */
  error: string;
}

/** The slip form as the server renders it: closed and empty. */
export const CLOSED_SLIP_FORM: Readonly<SlipFormState> = { open: false, dateText: '', note: '', error: '' };

/** The slip form's fields and error. */
export const $slipForm = atom<SlipFormState>(CLOSED_SLIP_FORM);

/** Opens the slip form on `today`, without an error; a note typed before is kept. */
export function openSlipForm(today: IsoDate = $today.get()): void {
  $slipForm.set({ ...$slipForm.get(), open: true, dateText: today, error: '' });
}

/** Closes the slip form and keeps what it holds. */
export function closeSlipForm(): void {
  $slipForm.set({ ...$slipForm.get(), open: false });
}

/** Keeps what the reader typed into the slip's date field. */
export function editSlipDate(dateText: string): void {
  $slipForm.set({ ...$slipForm.get(), dateText });
}

/** Keeps what the reader typed into the slip's note. */
export function editSlipNote(note: string): void {
  $slipForm.set({ ...$slipForm.get(), note });
}

/**
 * Sends the slip form, with its date field as read from the page: records the
 * slip and closes the form with its note cleared, or shows the date's message.
 * Does nothing without a plan.
 */
export function submitSlipForm(date: DateField, today: IsoDate = $today.get()): void {
  const plan = $plan.get();
  if (!plan) return;
  const form = $slipForm.get();
  const result = checkSlipForm(date, plan, today);
  if (!result.ok) {
    $slipForm.set({ ...form, error: result.error });
    return;
  }
  recordSlip(result.value, form.note);
  $slipForm.set({ ...form, open: false, note: '', error: '' });
}

/** The form for contact that does not restart the count: which kind is open (none: closed), its date and message. */
export interface ContactFormState {
  kind: LoggedContact['kind'] | undefined;
  dateText: string;
  error: string;
}

/** The contact form as the server renders it: closed. */
export const CLOSED_CONTACT_FORM: Readonly<ContactFormState> = { kind: undefined, dateText: '', error: '' };

/** The "They contacted me" / "Logistics only" form. */
export const $contactForm = atom<ContactFormState>(CLOSED_CONTACT_FORM);

/** Opens the contact form for `kind` on `today`. */
export function openContactForm(kind: LoggedContact['kind'], today: IsoDate = $today.get()): void {
  $contactForm.set({ kind, dateText: today, error: '' });
}

/** Closes the contact form. */
export function closeContactForm(): void {
  $contactForm.set(CLOSED_CONTACT_FORM);
}

/** Keeps what the reader typed into the contact form's date field. */
export function editContactDate(dateText: string): void {
  $contactForm.set({ ...$contactForm.get(), dateText });
}

/** Sends the contact form: logs the contact (the count goes on) and closes, or shows the date's message. */
export function submitContactForm(date: DateField, today: IsoDate = $today.get()): void {
  const plan = $plan.get();
  const form = $contactForm.get();
  if (!plan || !form.kind) return;
  const result = date.dateBadInput ? { ok: false as const, error: BAD_DATE } : validateContactDate(date.dateText, plan, today);
  if (!result.ok) {
    $contactForm.set({ ...form, error: result.error });
    return;
  }
  recordContact(result.value, form.kind);
  $contactForm.set(CLOSED_CONTACT_FORM);
}

/** Whether the calendar file holds the start of each stage as well as the end. */
export const $includeStages = atom(false);

/** Ticks or unticks "Include the start of each stage". */
export function setIncludeStages(include: boolean): void {
  $includeStages.set(include);
}

/** Whether the calendar file holds a daily reminder at 8 pm until the end of the period. */
export const $includeReminder = atom(false);

/** Ticks or unticks "Add a daily reminder". */
export function setIncludeReminder(include: boolean): void {
  $includeReminder.set(include);
}

/**
 * Saves the plan's milestones (and, when chosen, a daily reminder) as a calendar file, made on this device,
 * holding no notes and nothing that says what it counts. Does nothing without a plan. The file's
 * writer loads on the first download.
 */
export async function exportCalendar(now: Date = new Date(), today?: IsoDate): Promise<void> {
  const plan = $plan.get();
  if (!plan) return;
  const choices = {
    stages: $includeStages.get(),
    reminderFrom: $includeReminder.get() ? (today ?? $today.get()) : undefined,
    now,
    discreet: $discreet.get(),
  };
  // Not destructured: Vite wraps that form of import() differently, and ../../integrations/plain-lazy-imports.ts
  // could not take its preload helper off the tracker page.
  const writer = await import('./calendar-file');
  writer.saveCalendarFile(plan, choices);
}
