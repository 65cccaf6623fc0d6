import { computed } from 'nanostores';
import { daysBetween, type IsoDate } from '~/lib/calendar-date';
import { decodePlan, encodePlan, logSlip, progress, undoSlip, type Plan, type Progress } from '~/lib/no-contact';
import { STORAGE_KEYS } from './keys';
import { persistentAtom } from './persist';
import { $today } from './today';

/** The reader's no-contact plan, or undefined before they set one. Kept on this device. */
export const $plan = persistentAtom<Plan | undefined>(STORAGE_KEYS.noContactPlan, undefined, {
  encode: (plan) => (plan ? encodePlan(plan) : undefined),
  decode: decodePlan,
});

/** Where the plan stands today (day N of M, stage, end date), or undefined without a plan. */
export const $progress = /* @__PURE__ */ computed([$plan, $today], (plan, today): Progress | undefined =>
  plan ? progress(plan, today) : undefined,
);

/** Whole days since the last contact, for the "ready to reach out" quiz; undefined without a plan. */
export const $daysSinceContact = /* @__PURE__ */ computed([$plan, $today], (plan, today) =>
  plan ? Math.max(0, daysBetween(plan.lastContact, today)) : undefined,
);

/** Starts or changes the plan; slips already recorded are kept. */
export function savePlan(lastContact: IsoDate, lengthDays: number): void {
  const current = $plan.get();
  $plan.set({ lastContact, lengthDays, slips: current?.slips ?? [] });
}

/** Records contact on `date`: the count restarts from it. Does nothing without a plan. */
export function recordSlip(date: IsoDate, note?: string): void {
  const plan = $plan.get();
  if (plan) $plan.set(logSlip(plan, date, note));
}

/** Takes back the last recorded slip. */
export function undoLastSlip(): void {
  const plan = $plan.get();
  if (plan) $plan.set(undoSlip(plan));
}

/** Deletes the plan and its slips from this device. */
export function clearPlan(): void {
  $plan.set(undefined);
}
