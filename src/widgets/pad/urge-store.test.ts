import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REASON_LENGTH, MAX_REASONS, REASON_STATUS } from '~/lib/reasons';
import { PAUSE_MS } from '~/lib/unsent';
import { PAUSE_RESUME_MS } from '~/lib/urge-flow';
import { $plan } from '~/stores/no-contact-plan';
import { forgetRecentChanges } from '~/stores/update';
import * as pad from './store';
import * as urge from './urge-store';

afterEach(() => {
  urge.$reasons.set([]);
  $plan.set(undefined);
  pad.stopPause();
  urge.$urgeStep.set('breathe');
  forgetRecentChanges();
  cleanStores(urge.$reasons, pad.$pauseStartedAt, $plan);
});

const NOW = Date.parse('2026-11-27T22:00:00.000Z');

describe('resumeOrStartPause', () => {
  it('starts a pause when none runs', () => {
    keepMount(pad.$pauseStartedAt);
    urge.resumeOrStartPause(NOW);
    expect(pad.$pauseStartedAt.get()).toBe(NOW);
  });

  it('resumes a pause that is running, without restarting it', () => {
    keepMount(pad.$pauseStartedAt);
    pad.startPause(NOW - 60_000);
    urge.resumeOrStartPause(NOW);
    expect(pad.$pauseStartedAt.get()).toBe(NOW - 60_000);
  });

  it('starts a new pause long after the last one ended', () => {
    keepMount(pad.$pauseStartedAt);
    pad.startPause(NOW - PAUSE_MS - PAUSE_RESUME_MS - 1);
    urge.resumeOrStartPause(NOW);
    expect(pad.$pauseStartedAt.get()).toBe(NOW);
  });

  it('starts a pause dated in the future again now', () => {
    keepMount(pad.$pauseStartedAt);
    pad.startPause(NOW + 3_600_000);
    urge.resumeOrStartPause(NOW);
    expect(pad.$pauseStartedAt.get()).toBe(NOW);
  });
});

describe('addReason, editReason and deleteReason', () => {
  it('adds trimmed reasons in order, edits one, deletes one', () => {
    keepMount(urge.$reasons);
    expect(urge.addReason('  I deserve calm  ')).toEqual({ saved: true, status: REASON_STATUS.added });
    expect(urge.addReason('My sleep matters')).toEqual({ saved: true, status: REASON_STATUS.added });
    expect(urge.$reasons.get().map((r) => r.text)).toEqual(['I deserve calm', 'My sleep matters']);
    const [first, second] = urge.$reasons.get();
    expect(urge.editReason(first!.id, 'I deserve some calm')).toEqual({ saved: true, status: REASON_STATUS.edited });
    urge.deleteReason(second!.id);
    expect(urge.$reasons.get()).toEqual([{ id: first!.id, text: 'I deserve some calm' }]);
  });

  it('refuses blank and over-long text, and leaves the list alone', () => {
    keepMount(urge.$reasons);
    expect(urge.addReason(' ')).toEqual({ saved: false, status: REASON_STATUS.blank });
    urge.addReason('Kept');
    const id = urge.$reasons.get()[0]!.id;
    expect(urge.editReason(id, 'x'.repeat(MAX_REASON_LENGTH + 1))).toEqual({ saved: false, status: REASON_STATUS.tooLong });
    expect(urge.$reasons.get().map((r) => r.text)).toEqual(['Kept']);
  });

  it('says when the list is full', () => {
    keepMount(urge.$reasons);
    for (let i = 0; i < MAX_REASONS; i++) urge.addReason(`Reason ${i}`);
    expect(urge.addReason('One more')).toEqual({ saved: false, status: REASON_STATUS.full });
    expect(urge.$reasons.get()).toHaveLength(MAX_REASONS);
  });
});

describe('answerSent', () => {
  it('records nothing for "no"', () => {
    keepMount($plan);
    $plan.set({ lastContact: '2026-11-20', lengthDays: 30, slips: [] });
    expect(urge.answerSent(false, '2026-11-27')).toBe('no');
    expect($plan.get()?.slips).toEqual([]);
  });

  it('records a slip today for "yes" with a plan: the count starts again', () => {
    keepMount($plan);
    $plan.set({ lastContact: '2026-11-20', lengthDays: 30, slips: [] });
    expect(urge.answerSent(true, '2026-11-27')).toBe('yes-recorded');
    expect($plan.get()).toEqual({
      lastContact: '2026-11-27',
      lengthDays: 30,
      slips: [{ date: '2026-11-27', dayReached: 7, previousLastContact: '2026-11-20' }],
    });
  });

  it('suggests a plan for "yes" without one, and records nothing', () => {
    keepMount($plan);
    expect(urge.answerSent(true, '2026-11-27')).toBe('yes-no-plan');
    expect($plan.get()).toBeUndefined();
  });

  it('takes back a "yes" pressed by mistake: the plan is as it was', () => {
    keepMount($plan);
    const plan = { lastContact: '2026-11-20', lengthDays: 30, slips: [] };
    $plan.set(plan);
    urge.answerSent(true, '2026-11-27');
    expect(urge.undoSent('2026-11-27')).toBe(true);
    expect($plan.get()).toEqual(plan);
    // Nothing more to take back, and never a slip from another day.
    expect(urge.undoSent('2026-11-27')).toBe(false);
    $plan.set({ ...plan, lastContact: '2026-11-25', slips: [{ date: '2026-11-25', dayReached: 5, previousLastContact: '2026-11-20' }] });
    expect(urge.undoSent('2026-11-27')).toBe(false);
    expect($plan.get()?.slips).toHaveLength(1);
  });

  it('leaves a plan whose last contact is after today as it is', () => {
    keepMount($plan);
    const plan = { lastContact: '2026-12-01', lengthDays: 30, slips: [] };
    $plan.set(plan);
    urge.answerSent(true, '2026-11-27');
    expect($plan.get()).toEqual(plan);
  });
});
