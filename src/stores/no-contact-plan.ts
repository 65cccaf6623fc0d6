import { computed } from 'nanostores';
import { daysBetween } from '~/lib/calendar-date';
import { NO_CONTACT_PLAN } from '~/lib/no-contact-plan';
import { persistentItem } from './stored';
import { $today } from './today';

// The plan alone, for readers that need no tracker logic (the readiness quiz);
// progress and actions are in ./no-contact.

/** The reader's no-contact plan, or undefined before they set one. Kept on this device. */
export const $plan = persistentItem(NO_CONTACT_PLAN);

/** Whole days since the last contact, for the "ready to reach out" quiz; undefined without a plan. */
export const $daysSinceContact = /* @__PURE__ */ computed([$plan, $today], (plan, today) =>
  plan ? Math.max(0, daysBetween(plan.lastContact, today)) : undefined,
);
