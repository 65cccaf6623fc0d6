import { afterEach, describe, expect, it } from 'vitest';
import { progress } from '~/lib/no-contact-progress';
import { $notice, $plan, NO_NOTICE, clearPlan, recordContact, recordSlip, removeLoggedContact, savePlan, undoLastSlip } from './store';

afterEach(() => {
  $plan.set(undefined);
  $notice.set(NO_NOTICE);
});

describe('the tracker store', () => {
  it('saves a plan and says so', () => {
    savePlan('2026-10-20', 45);
    expect($plan.get()).toEqual({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    expect($notice.get().text).toBe('Plan saved on this device.');
  });

  it('keeps the slips when the plan changes', () => {
    savePlan('2026-10-20', 45);
    recordSlip('2026-11-01', 'a note');
    savePlan('2026-11-01', 60);
    expect($plan.get()).toEqual({
      lastContact: '2026-11-01',
      lengthDays: 60,
      slips: [{ date: '2026-11-01', dayReached: 12, previousLastContact: '2026-10-20', note: 'a note' }],
    });
  });

  it('records a slip, undoes it, and says so each time', () => {
    savePlan('2026-10-20', 45);
    recordSlip('2026-11-20');
    expect($plan.get()?.lastContact).toBe('2026-11-20');
    expect($notice.get().text).toBe('Slip recorded. Your count starts again from that day.');
    undoLastSlip();
    expect($plan.get()).toEqual({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    expect($notice.get().text).toBe('Last slip undone.');
  });

  it('logs contact that does not restart the count, keeps it through plan changes and slips, and removes it', () => {
    savePlan('2026-10-20', 45);
    recordContact('2026-11-02', 'logistics');
    recordContact('2026-11-01', 'they-reached-out');
    expect($notice.get().text).toBe('Noted. They got in touch; your count goes on.');
    expect($plan.get()?.lastContact).toBe('2026-10-20');
    expect(progress($plan.get()!, '2026-11-27')).toMatchObject({ day: 38 });
    savePlan('2026-10-20', 60);
    recordSlip('2026-11-20');
    undoLastSlip();
    expect($plan.get()?.contacts).toEqual([
      { date: '2026-11-01', kind: 'they-reached-out' },
      { date: '2026-11-02', kind: 'logistics' },
    ]);
    removeLoggedContact(0);
    removeLoggedContact(0);
    expect($plan.get()).toEqual({ lastContact: '2026-10-20', lengthDays: 60, slips: [] });
    recordContact('2026-11-01', 'logistics');
    clearPlan();
    recordContact('2026-11-01', 'logistics');
    expect($plan.get()).toBeUndefined();
  });

  it('records no slip without a plan', () => {
    recordSlip('2026-11-20');
    expect($plan.get()).toBeUndefined();
    expect($notice.get().text).toBe('');
  });

  it('erases the plan and says so', () => {
    savePlan('2026-10-20', 45);
    clearPlan();
    expect($plan.get()).toBeUndefined();
    expect($notice.get().text).toBe('Your plan was erased from this device.');
  });
});

describe('where each notice shows', () => {
  it('beside the control that caused it', () => {
    savePlan('2026-11-01', 45);
    expect($notice.get().place).toBe('count');
    savePlan('2026-11-02', 45);
    expect($notice.get().place).toBe('plan');
    recordSlip('2026-11-10');
    expect($notice.get().place).toBe('slips');
    undoLastSlip();
    expect($notice.get().place).toBe('undo');
    recordContact('2026-11-11', 'logistics');
    expect($notice.get().place).toBe('contact');
    removeLoggedContact(0);
    expect($notice.get()).toEqual({ text: 'Removed.', place: 'contact' });
    clearPlan();
    expect($notice.get().place).toBe('count');
  });
});
