import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAD_DATE } from '~/lib/no-contact-form';
import { download } from '../shared/download';
import {
  $contactForm,
  CLOSED_CONTACT_FORM,
  openContactForm,
  submitContactForm,
  $includeReminder,
  $includeStages,
  $lengthNote,
  $planForm,
  $slipForm,
  BLANK_PLAN_FORM,
  chooseLength,
  closeSlipForm,
  CLOSED_SLIP_FORM,
  editCustomLength,
  editPlanDate,
  editSlipNote,
  exportCalendar,
  fillPlanForm,
  followPlan,
  openSlipForm,
  setIncludeReminder,
  setIncludeStages,
  submitPlanForm,
  submitSlipForm,
} from './forms';
import { logSlip } from '~/lib/no-contact-slips';
import { $notice, $plan, NO_NOTICE, recordSlip, undoLastSlip } from './store';

vi.mock('../shared/download', () => ({ download: vi.fn() }));

const TODAY = '2026-11-27';
const date = (dateText: string, dateBadInput = false) => ({ dateText, dateBadInput });

// Before and after each test: other test files share these stores (isolate: false).
function reset() {
  $plan.set(undefined);
  $notice.set(NO_NOTICE);
  $planForm.set(BLANK_PLAN_FORM);
  $slipForm.set(CLOSED_SLIP_FORM);
  $contactForm.set(CLOSED_CONTACT_FORM);
  $includeStages.set(false);
  $includeReminder.set(false);
  vi.mocked(download).mockClear();
}
beforeEach(reset);
afterEach(reset);

describe('the plan form', () => {
  it('stays disabled and blank until the browser fills it', () => {
    expect($planForm.get()).toEqual({ dateText: '', choice: '45', customText: '', ready: false, errors: {} });
    fillPlanForm(TODAY);
    expect($planForm.get()).toEqual({ dateText: TODAY, choice: '45', customText: '', ready: true, errors: {} });
  });

  it.each([
    [45, { choice: '45', customText: '' }],
    [50, { choice: 'custom', customText: '50' }],
  ] as const)('is filled from a stored %i-day plan', (lengthDays, fields) => {
    $plan.set({ lastContact: '2026-10-20', lengthDays, slips: [] });
    fillPlanForm(TODAY);
    expect($planForm.get()).toMatchObject({ dateText: '2026-10-20', ready: true, ...fields });
  });

  it('saves a valid plan, clears the errors and says so', () => {
    fillPlanForm(TODAY);
    submitPlanForm(date(''), TODAY);
    chooseLength('custom');
    editCustomLength('50');
    submitPlanForm(date('2026-10-20'), TODAY);
    expect($plan.get()).toEqual({ lastContact: '2026-10-20', lengthDays: 50, slips: [] });
    expect($planForm.get().errors).toEqual({});
    expect($notice.get().text).toBe('Plan saved on this device.');
  });

  it('reads the date as sent, not as typed: the browser may have rejected it', () => {
    fillPlanForm(TODAY);
    editPlanDate('2026-10-20');
    submitPlanForm(date('', true), TODAY);
    expect($planForm.get().errors).toEqual({ date: BAD_DATE });
    expect($plan.get()).toBeUndefined();
  });

  it('shows both messages, keeps the plan and clears the last notice', () => {
    $plan.set({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    $notice.set({ text: 'Plan saved on this device.', place: 'plan' });
    fillPlanForm(TODAY);
    chooseLength('custom');
    editCustomLength('6');
    submitPlanForm(date('2026-11-28'), TODAY);
    expect($planForm.get().errors).toEqual({
      date: "Your last contact can't be in the future. Today is Friday 27 November 2026.",
      length: 'The guide asks for at least a month, so the tracker needs 21 days or more. Choose between 21 and 365 days.',
    });
    expect($plan.get()).toEqual({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    expect($notice.get().text).toBe('');
  });

  it('drops the length message when a preset is chosen, and only then', () => {
    fillPlanForm(TODAY);
    chooseLength('custom');
    submitPlanForm(date(''), TODAY);
    chooseLength('custom');
    expect(Object.keys($planForm.get().errors)).toEqual(['date', 'length']);
    chooseLength('30');
    expect($planForm.get().errors).toStrictEqual({ date: 'Enter the date of your last contact.' });
  });

  it.each([
    ['45', '20', undefined],
    ['custom', '45', undefined],
    ['custom', 'abc', undefined],
    ['custom', '20', undefined],
    ['custom', '21', /^The guide asks for at least a month \(30 days\)/],
    ['custom', '90', /^That is longer than/],
  ] as const)('notes a length outside the rule of thumb (%s, %j)', (choice, customText, note) => {
    chooseLength(choice);
    editCustomLength(customText);
    if (note) expect($lengthNote.get()).toMatch(note);
    else expect($lengthNote.get()).toBeUndefined();
  });
});

describe('the slip form', () => {
  const plan = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };

  it('opens on today without the last error, and keeps a note typed before', () => {
    $plan.set(plan);
    openSlipForm(TODAY);
    editSlipNote('draft');
    submitSlipForm(date('2026-10-19'), TODAY);
    closeSlipForm();
    openSlipForm('2026-11-28');
    expect($slipForm.get()).toEqual({ open: true, dateText: '2026-11-28', note: 'draft', error: '' });
  });

  it('records the slip with its note, then closes and empties the note', () => {
    $plan.set(plan);
    openSlipForm(TODAY);
    editSlipNote('Saw their photo');
    submitSlipForm(date('2026-11-20'), TODAY);
    expect($plan.get()?.slips).toEqual([
      { date: '2026-11-20', dayReached: 31, previousLastContact: '2026-10-20', note: 'Saw their photo' },
    ]);
    expect($slipForm.get()).toMatchObject({ open: false, note: '', error: '' });
    expect($notice.get().text).toBe('Slip recorded. Your count starts again from that day.');
  });

  it.each([
    [date('2026-10-19'), 'Your current count started on Tuesday 20 October 2026. Enter that day or a later one.'],
    [date('2026-11-28'), "That date can't be in the future. Today is Friday 27 November 2026."],
    [date('2026-11-01', true), BAD_DATE],
  ])('keeps the form open with the message for %j', (field, error) => {
    $plan.set(plan);
    openSlipForm(TODAY);
    submitSlipForm(field, TODAY);
    expect($slipForm.get()).toMatchObject({ open: true, error });
    expect($plan.get()).toEqual(plan);
  });

  it('does nothing without a plan', () => {
    openSlipForm(TODAY);
    submitSlipForm(date(TODAY), TODAY);
    expect($plan.get()).toBeUndefined();
    expect($slipForm.get().open).toBe(true);
  });
});

describe('the calendar export', () => {
  it.each([
    [false, 1],
    [true, 4],
  ])('with stages %s downloads milestones.ics holding %i events', async (withStages, count) => {
    $plan.set({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    setIncludeStages(withStages);
    await exportCalendar(new Date('2026-11-27T10:00:00Z'));
    expect(download).toHaveBeenCalledOnce();
    const [name, text, type] = vi.mocked(download).mock.calls[0]!;
    expect([name, type]).toEqual(['milestones.ics', 'text/calendar;charset=utf-8']);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(count);
    expect(lines).toContain('UID:no-contact-2026-10-20-done@after-the-breakup');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261204');
    expect(lines).toContain('DTSTAMP:20261127T100000Z');
    expect(lines).toContain('X-WR-CALNAME:Milestones');
  });

  it('adds the daily reminder only when it is ticked', async () => {
    $plan.set({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    await exportCalendar(new Date('2026-11-27T10:00:00Z'), TODAY);
    expect(vi.mocked(download).mock.calls[0]![1]).not.toContain('RRULE');
    setIncludeReminder(true);
    await exportCalendar(new Date('2026-11-27T10:00:00Z'), TODAY);
    const lines = vi.mocked(download).mock.calls[1]![1].split('\r\n');
    expect(lines).toContain('RRULE:FREQ=DAILY;COUNT=8');
    expect(lines).toContain('SUMMARY:A minute for yourself');
  });

  it('downloads nothing without a plan', async () => {
    await exportCalendar();
    expect(download).not.toHaveBeenCalled();
  });
});

describe('one truth for the plan (defect 2)', () => {
  const START = { lastContact: '2026-10-20', lengthDays: 45, slips: [] };
  // The slip form accepts only the current day 0 or later.
  const later = (a: string, b: string) => (a > b ? a : b);
  // The island submits the date field as it shows it: the form's dateText.
  const submitShown = () => submitPlanForm(date($planForm.get().dateText), TODAY);
  const steps: Record<string, () => void> = {
    slip: () => recordSlip(later($plan.get()!.lastContact, '2026-11-20')),
    edit: () => {
      chooseLength('60');
      submitShown();
    },
    undo: () => undoLastSlip(),
    'second tab': () => {
      // Another tab logs a slip: the store changes under the form.
      const plan = $plan.get()!;
      $plan.set(logSlip(plan, later(plan.lastContact, '2026-11-24')));
    },
  };
  const orders = (names: string[]): string[][] =>
    names.length <= 1 ? [names] : names.flatMap((name) => orders(names.filter((n) => n !== name)).map((rest) => [name, ...rest]));

  it.each(orders(Object.keys(steps)).map((order) => [order.join(', '), order]))('holds in the order %s', (_name, order) => {
    $plan.set(START);
    fillPlanForm(TODAY);
    const stop = followPlan(() => TODAY);
    for (const step of order as string[]) {
      steps[step]!();
      const plan = $plan.get()!;
      // The form shows the stored plan, and the count runs from the latest slip, if any.
      expect($planForm.get().dateText).toBe(plan.lastContact);
      expect(plan.lastContact).toBe(plan.slips.at(-1)?.date ?? START.lastContact);
      for (const slip of plan.slips) expect(slip.date >= slip.previousLastContact).toBe(true);
    }
    stop();
  });

  it('refuses a last contact before the latest slip, and keeps the slip', () => {
    $plan.set(START);
    fillPlanForm(TODAY);
    recordSlip('2026-11-20');
    chooseLength('60');
    submitPlanForm(date('2026-10-20'), TODAY);
    expect($planForm.get().errors.date).toMatch(/You logged contact on Friday 20 November 2026/);
    expect($plan.get()).toMatchObject({ lastContact: '2026-11-20', lengthDays: 45 });
  });

  it('after a slip, choosing 60 days keeps the restart: day 7 of 60, not day 38', () => {
    $plan.set(START);
    fillPlanForm(TODAY);
    const stop = followPlan(() => TODAY);
    recordSlip('2026-11-20');
    chooseLength('60');
    submitShown();
    stop();
    expect($plan.get()).toMatchObject({ lastContact: '2026-11-20', lengthDays: 60 });
  });
});

describe('the contact form (they got in touch; logistics)', () => {
  it('notes the contact and keeps the count, or says what is wrong with the date', () => {
    $plan.set({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
    openContactForm('they-reached-out', TODAY);
    expect($contactForm.get()).toEqual({ kind: 'they-reached-out', dateText: TODAY, error: '' });
    submitContactForm(date('2026-11-28'), TODAY);
    expect($contactForm.get().error).toMatch(/can't be in the future/);
    submitContactForm(date('', true), TODAY);
    expect($contactForm.get().error).toBe(BAD_DATE);
    submitContactForm(date('2026-11-20'), TODAY);
    expect($contactForm.get()).toEqual(CLOSED_CONTACT_FORM);
    expect($plan.get()).toEqual({
      lastContact: '2026-10-20',
      lengthDays: 45,
      slips: [],
      contacts: [{ date: '2026-11-20', kind: 'they-reached-out' }],
    });
    expect($notice.get().text).toBe('Noted. They got in touch; your count goes on.');
  });

  it('does nothing without a plan or a kind', () => {
    submitContactForm(date(TODAY), TODAY);
    expect($plan.get()).toBeUndefined();
  });
});
