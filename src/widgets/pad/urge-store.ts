import { atom } from 'nanostores';
import type { IsoDate } from '~/lib/calendar-date';
import { logSlip, undoSlip } from '~/lib/no-contact-slips';
import { checkReason, MAX_REASONS, REASON_STATUS, REASONS, withReason, withReasonText, withoutReason } from '~/lib/reasons';
import { opensNewPause, type SentAnswer, type UrgeStep } from '~/lib/urge-flow';
import { $plan } from '~/stores/no-contact-plan';
import { persistentItem } from '~/stores/stored';
import { updateItem } from '~/stores/update';
import { $pauseStartedAt, newId, settlePause, startPause } from './store';

// The "I want to text them" flow's own state, apart from ./store so the pad on
// the no-contact page does not load it.

/**
 * Starts a pause when the "I want to text them" flow opens at `now`, unless
 * one is running or ended a short while ago ({@link opensNewPause}): leaving
 * the flow and coming back resumes the same countdown.
 */
export function resumeOrStartPause(now: number = Date.now()): void {
  settlePause(now);
  if (opensNewPause($pauseStartedAt.get(), now)) startPause(now);
}

/** "Why I am giving this space": the reader's own reasons, kept on this device. */
export const $reasons = persistentItem(REASONS);

/** What a change to the reasons list did: whether it was made, and the sentence to tell the reader. */
export interface ReasonOutcome {
  /** Whether the list changed as asked. */
  saved: boolean;
  /** One of {@link REASON_STATUS}. */
  status: string;
}

/** Adds `text` (trimmed) at the end of the reasons, when {@link checkReason} allows it and the list is not full. */
export function addReason(text: string): ReasonOutcome {
  const problem = checkReason(text);
  if (problem !== undefined) return { saved: false, status: problem };
  if ($reasons.get().length >= MAX_REASONS) return { saved: false, status: REASON_STATUS.full };
  const reason = { id: newId(), text: text.trim() };
  updateItem(REASONS, (list) => withReason(list, reason));
  return { saved: true, status: REASON_STATUS.added };
}

/** Replaces reason `id`'s text with `text` (trimmed), when {@link checkReason} allows it. */
export function editReason(id: string, text: string): ReasonOutcome {
  const problem = checkReason(text);
  if (problem !== undefined) return { saved: false, status: problem };
  updateItem(REASONS, (list) => withReasonText(list, id, text));
  return { saved: true, status: REASON_STATUS.edited };
}

/** Deletes reason `id`. */
export function deleteReason(id: string): void {
  updateItem(REASONS, (list) => withoutReason(list, id));
}

/** The step the "I want to text them" flow shows: kept in memory, so closing and reopening it on a page resumes there. */
export const $urgeStep = atom<UrgeStep>('breathe');

/**
 * Answers "Did you send it?" on `today`. "Yes" with a plan records a slip
 * today (the count starts again); "yes" without one records nothing.
 * @returns what to tell the reader ({@link SENT_WORDS}).
 */
export function answerSent(sent: boolean, today: IsoDate): SentAnswer {
  if (!sent) return 'no';
  const plan = $plan.get();
  if (!plan) return 'yes-no-plan';
  // A last contact set later than today cannot take a slip before it; the plan is left as it is.
  try {
    $plan.set(logSlip(plan, today));
  } catch {
    return 'yes-no-plan';
  }
  return 'yes-recorded';
}

/**
 * Takes back the slip "Yes, I sent it" recorded on `today` (a tap by mistake): the
 * latest slip goes, and the count runs from the last contact before it. Does
 * nothing when the latest slip is not from `today`.
 * @returns whether a slip was taken back.
 */
export function undoSent(today: IsoDate): boolean {
  const plan = $plan.get();
  if (plan?.slips.at(-1)?.date !== today) return false;
  $plan.set(undoSlip(plan));
  return true;
}
