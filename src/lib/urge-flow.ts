import { PAUSE_MS, pausePhase } from './unsent';

/** The steps of the "I want to text them" flow, in order. */
export const URGE_STEPS = ['breathe', 'reasons', 'write', 'friend', 'sent'] as const;

/** One step of the flow. */
export type UrgeStep = (typeof URGE_STEPS)[number];

/** Each step's heading, shown to the reader and named in the step list. */
export const URGE_STEP_TITLES: Readonly<Record<UrgeStep, string>> = {
  breathe: 'Breathe first',
  reasons: 'Why I am giving this space',
  write: 'Write it down',
  friend: 'Call a friend instead',
  sent: 'Did you send it?',
};

/** Where `step` sits in the flow: 1 for the first step. */
export function stepNumber(step: UrgeStep): number {
  return URGE_STEPS.indexOf(step) + 1;
}

/** The step after `step`, or undefined after the last. */
export function nextStep(step: UrgeStep): UrgeStep | undefined {
  return URGE_STEPS[URGE_STEPS.indexOf(step) + 1];
}

/** The step before `step`, or undefined before the first. */
export function previousStep(step: UrgeStep): UrgeStep | undefined {
  const index = URGE_STEPS.indexOf(step);
  return index > 0 ? URGE_STEPS[index - 1] : undefined;
}

/**
 * How long after a pause has ended the flow still shows it as ended, in ms,
 * instead of starting a new one: coming back a little later resumes where the
 * reader was; coming back hours later is a new urge with a pause of its own.
 */
export const PAUSE_RESUME_MS = 30 * 60_000;

/**
 * Whether opening the flow at `now` starts a new pause, given the stored
 * start (`startedAt`, ms since the epoch, 0 for none): when none was started,
 * or the last one ended more than {@link PAUSE_RESUME_MS} ago. A pause still
 * running is resumed, never restarted.
 * @throws RangeError when a time is not finite.
 */
export function opensNewPause(startedAt: number, now: number): boolean {
  const phase = pausePhase(startedAt, now);
  if (phase.kind === 'idle') return true;
  if (phase.kind === 'running') return false;
  return now - (startedAt + PAUSE_MS) > PAUSE_RESUME_MS;
}

/** What answering "Did you send it?" leads to. */
export type SentAnswer = 'no' | 'yes-recorded' | 'yes-no-plan';

/** What the flow says after each answer to "Did you send it?": one source for the island and its tests. */
export const SENT_WORDS: Readonly<Record<SentAnswer, string>> = {
  no: 'You let the urge pass without acting on it. That took something. If it comes back, this is here again.',
  'yes-recorded':
    'Thank you for being honest with yourself. It is noted as a slip, and your count starts again from today. The days you already managed still count, and a slip is a moment, not the end of the plan.',
  'yes-no-plan':
    'Thank you for being honest with yourself. It happens to many people, and it does not undo what you are working on. A no-contact plan can help with the next urge: it keeps a gentle count on this device.',
};
