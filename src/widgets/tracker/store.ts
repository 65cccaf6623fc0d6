import { atom, computed } from 'nanostores';
import type { IsoDate } from '~/lib/calendar-date';
import { progress, type Progress } from '~/lib/no-contact-progress';
import type { LoggedContact } from '~/lib/no-contact-plan';
import { logContact, logSlip, removeContact, undoSlip } from '~/lib/no-contact-slips';
import { $plan } from '~/stores/no-contact-plan';
import { $today } from '~/stores/today';

export { $plan } from '~/stores/no-contact-plan';

/** Where the plan stands today (day N of M, stage, end date), or undefined without a plan. */
export const $progress = /* @__PURE__ */ computed([$plan, $today], (plan, today): Progress | undefined =>
  plan ? progress(plan, today) : undefined,
);

/**
 * Where a notice shows, beside the control that caused it: 'count' at the top
 * (a plan just started, under its count; or just erased, above the new form),
 * 'plan' under the plan form, 'slips' under "I contacted them", 'undo' under
 * the slip history, 'contact' under the other-contact buttons.
 */
export type NoticePlace = 'count' | 'plan' | 'slips' | 'undo' | 'contact';

/** A sentence about what the tracker last did, and where it shows. */
export interface Notice {
  text: string;
  place: NoticePlace;
}

/** Nothing to say. */
export const NO_NOTICE: Notice = { text: '', place: 'count' };

/**
 * What the tracker last did to the plan, for the status line beside the
 * control that did it (read out politely by screen readers). Each action
 * below sets it; a plan form that fails its checks clears it.
 */
export const $notice = atom<Notice>(NO_NOTICE);

/** Starts or changes the plan; slips and logged contact already recorded are kept. */
export function savePlan(lastContact: IsoDate, lengthDays: number): void {
  const current = $plan.get();
  $plan.set(current ? { ...current, lastContact, lengthDays } : { lastContact, lengthDays, slips: [] });
  // A new plan folds its form away: the notice shows under the count, where focus goes.
  $notice.set({ text: 'Plan saved on this device.', place: current ? 'plan' : 'count' });
}

/** Records contact on `date`: the count restarts from it. Does nothing without a plan. */
export function recordSlip(date: IsoDate, note?: string): void {
  const plan = $plan.get();
  if (!plan) return;
  $plan.set(logSlip(plan, date, note));
  $notice.set({ text: 'Slip recorded. Your count starts again from that day.', place: 'slips' });
}

/** Words for each kind of contact that does not restart the count. */
export const CONTACT_WORDS: Record<LoggedContact['kind'], { button: string; history: string; notice: string }> = {
  'they-reached-out': {
    button: 'They contacted me',
    history: 'they got in touch',
    notice: 'Noted. They got in touch; your count goes on.',
  },
  logistics: {
    button: 'Logistics only',
    history: 'logistics only',
    notice: 'Noted: logistics only. Your count goes on.',
  },
};

/** Records contact on `date` that does not restart the count. Does nothing without a plan. */
export function recordContact(date: IsoDate, kind: LoggedContact['kind']): void {
  const plan = $plan.get();
  if (!plan) return;
  $plan.set(logContact(plan, date, kind));
  $notice.set({ text: CONTACT_WORDS[kind].notice, place: 'contact' });
}

/** Removes the `index`-th logged contact (oldest first). */
export function removeLoggedContact(index: number): void {
  const plan = $plan.get();
  if (!plan) return;
  $plan.set(removeContact(plan, index));
  $notice.set({ text: 'Removed.', place: 'contact' });
}

/** Takes back the last recorded slip. */
export function undoLastSlip(): void {
  const plan = $plan.get();
  if (plan) $plan.set(undoSlip(plan));
  $notice.set({ text: 'Last slip undone.', place: 'undo' });
}

/** Deletes the plan and its slips from this device. */
export function clearPlan(): void {
  $plan.set(undefined);
  $notice.set({ text: 'Your plan was erased from this device.', place: 'count' });
}
