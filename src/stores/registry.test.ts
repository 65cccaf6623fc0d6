import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkInArb } from '~/lib/check-in-fixtures';
import { CHECK_INS, withCheckIn, type CheckIn } from '~/lib/check-ins';
import { MemoryStorage, quotaError } from '~/lib/memory-storage';
import { planArb } from '~/lib/no-contact-fixtures';
import { NO_CONTACT_PLAN } from '~/lib/no-contact-plan';
import { QUIZ_HISTORY } from '~/lib/quiz-history';
import { QUIZ_ANSWERS } from '~/lib/quiz-progress';
import { LAST_CHAPTER, READ_CHAPTERS } from '~/lib/read-progress';
import { SINCE } from '~/lib/stored-item';
import { THEME } from '~/lib/theme';
import { PAUSE_STARTED_AT, UNSENT_MESSAGES } from '~/lib/unsent';
import { buildExport, parseImport } from '~/lib/your-data';
import { changedElsewhere, useStorageForTests } from './engine';
import { $stored, eraseStored, exportStored, importRules, importStored, listStored, nameChapters, nameQuizzes } from './registry';
import { $since, persistentItem } from './stored';
import { $theme } from './theme';

const plan = JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });
const QUIZ = QUIZ_ANSWERS.member('acceptance').key;

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 27, 12) });
  storage = new MemoryStorage();
  useStorageForTests(storage);
});

function seed(entries: Record<string, string>): void {
  for (const [key, text] of Object.entries(entries)) storage.data.set(key, text);
  changedElsewhere(null);
}

describe('the registry of stored items', () => {
  it('lists known items in plain language, with their first-saved day, and nothing of others', () => {
    nameQuizzes([{ id: 'acceptance', title: 'Have you accepted the breakup?' }]);
    seed({
      [THEME.key]: 'dark',
      [NO_CONTACT_PLAN.key]: plan,
      [QUIZ]: JSON.stringify({ answers: { a: 'b' }, step: 1, done: false }),
      [SINCE.key]: JSON.stringify({ [THEME.key]: '2026-11-01' }),
      'someone-else': 'x',
      'atb:v9:unknown': 'x',
    });
    const items = listStored();
    // Sorted by storage key; the "since" bookkeeping is not listed.
    expect(items.map((i) => i.label)).toEqual(['Your no-contact plan', 'Answers to “Have you accepted the breakup?”', 'Theme choice']);
    expect(items[0]).toMatchObject({ summary: '45 days from 20 October 2026, 0 slips', damaged: false, since: undefined });
    expect(items[1]!.summary).toBe('1 answer');
    expect(items[2]).toMatchObject({ summary: 'dark theme', since: '2026-11-01', text: 'dark' });
  });

  it('names the chapter opened last by its title once the page has named the chapters', () => {
    seed({ [LAST_CHAPTER.key]: 'absence' });
    expect(listStored()[0]!.summary).toBe('absence');
    nameChapters([{ slug: 'absence', title: 'Absence makes the heart grow fonder' }]);
    seed({ [LAST_CHAPTER.key]: 'absence' });
    expect(listStored()[0]!.summary).toBe('Absence makes the heart grow fonder');
  });

  it('marks damaged items instead of failing', () => {
    seed({ [NO_CONTACT_PLAN.key]: '{broken', [READ_CHAPTERS.key]: 'nope' });
    expect(listStored().map((i) => [i.summary, i.damaged])).toEqual([
      ['damaged: will be reset', true],
      ['damaged: will be reset', true],
    ]);
  });

  it('accepts in an import what this site can read, straightened out', () => {
    expect(importRules.read(NO_CONTACT_PLAN.key, plan)).toBe(plan);
    expect(importRules.read(NO_CONTACT_PLAN.key, JSON.stringify(JSON.parse(plan), null, 2))).toBe(plan);
    expect(importRules.read(NO_CONTACT_PLAN.key, '{"lastContact":"2026-02-30","lengthDays":45,"slips":[]}')).toBeUndefined();
    expect(importRules.read(THEME.key, 'purple')).toBeUndefined();
    expect(importRules.read('atb:v2:anything', 'x')).toBeUndefined();
    expect(importRules.label('atb:v2:anything')).toBeUndefined();
    expect(importRules.label('atb:v1:quiz:Bad Id')).toBeUndefined();
    expect(importRules.label(SINCE.key)).toBe(SINCE.label);
  });

  it('restores a 14-day plan saved before plans needed 21 days, exactly as saved', () => {
    const short = JSON.stringify({ lastContact: '2026-10-20', lengthDays: 14, slips: [] });
    expect(importRules.read(NO_CONTACT_PLAN.key, short)).toBe(short);
    seed({ [NO_CONTACT_PLAN.key]: short });
    expect(listStored()[0]).toMatchObject({ damaged: false, summary: '14 days from 20 October 2026, 0 slips' });
  });

  it('refuses answers to a quiz this site does not have, once the quizzes are named (defect 7)', () => {
    nameQuizzes([{ id: 'acceptance', title: 'Have you accepted the breakup?' }]);
    expect(importRules.label(QUIZ_ANSWERS.member('acceptance').key)).toBe('Answers to “Have you accepted the breakup?”');
    expect(importRules.label('atb:v1:quiz:constructor')).toBeUndefined();
    expect(importRules.label('atb:v1:quiz:no-such-quiz')).toBeUndefined();
  });

  it('reads messages saved while the clock went back an hour (defect 3)', () => {
    const messages = [
      { id: 'b', savedAt: '2026-11-27T09:05:00.000Z', text: 'second, saved after the clock went back' },
      { id: 'a', savedAt: '2026-11-27T10:00:00.000Z', text: 'first' },
    ];
    const text = JSON.stringify(messages);
    expect(importRules.read(UNSENT_MESSAGES.key, text)).toBe(JSON.stringify([messages[1], messages[0]]));
    seed({ [UNSENT_MESSAGES.key]: text });
    expect(listStored()[0]).toMatchObject({ damaged: false, summary: '2 messages' });
  });

  it('updates its list on every change, in this tab and others', () => {
    const lists: number[] = [];
    const stop = $stored.subscribe((list) => lists.push(list.length));
    persistentItem(THEME).set('dark');
    storage.data.set(READ_CHAPTERS.key, '["absence"]');
    changedElsewhere(READ_CHAPTERS.key);
    stop();
    expect(lists.at(0)).toBe(0);
    expect(lists.at(-1)).toBe(2);
  });

  it('erases everything, resetting every store (the theme included) and unknown keys of its namespace', () => {
    $theme.set('dark');
    persistentItem(UNSENT_MESSAGES).set([{ id: 'a', savedAt: '2026-11-27T10:00:00.000Z', text: 'hi' }]);
    storage.data.set('atb:v0:old', 'x');
    storage.data.set('not-ours', 'stay');
    eraseStored();
    expect($theme.get()).toBe('system');
    expect(persistentItem(UNSENT_MESSAGES).get()).toEqual([]);
    expect($since.get()).toEqual({});
    expect([...storage.data.keys()]).toEqual(['not-ours']);
  });

  it('exports, erases and imports back, keeping the "since" dates', () => {
    $theme.set('light');
    vi.setSystemTime(new Date(2026, 11, 3, 12));
    persistentItem(NO_CONTACT_PLAN).set(NO_CONTACT_PLAN.decode(plan));
    const exported = exportStored();
    expect(exported).toEqual({
      [THEME.key]: 'light',
      [NO_CONTACT_PLAN.key]: plan,
      [SINCE.key]: JSON.stringify({ [NO_CONTACT_PLAN.key]: '2026-12-03', [THEME.key]: '2026-11-27' }),
    });
    eraseStored();
    expect(storage.data.size).toBe(0);
    vi.setSystemTime(new Date(2027, 0, 9, 12));
    expect(importStored(exported)).toEqual({ ok: true, count: 2, onlyThisVisit: false });
    expect(Object.fromEntries(storage.data)).toEqual(exported);
    expect($theme.get()).toBe('light');
    expect(listStored().map((i) => i.since)).toEqual(['2026-12-03', '2026-11-27']);
  });

  it('imports replace what is there: items not in the file go, items without a date in the file are dated today', () => {
    $theme.set('dark');
    persistentItem(READ_CHAPTERS).set(['absence']);
    vi.setSystemTime(new Date(2027, 0, 9, 12));
    expect(importStored({ [NO_CONTACT_PLAN.key]: plan })).toEqual({ ok: true, count: 1, onlyThisVisit: false });
    expect($theme.get()).toBe('system');
    expect(persistentItem(READ_CHAPTERS).get()).toEqual([]);
    expect(Object.fromEntries(storage.data)).toEqual({
      [NO_CONTACT_PLAN.key]: plan,
      [SINCE.key]: `{"${NO_CONTACT_PLAN.key}":"2027-01-09"}`,
    });
  });
});

describe('an import the device cannot hold (defect 1)', () => {
  it('leaves everything exactly as it was, in storage and in the stores', () => {
    $theme.set('dark');
    persistentItem(UNSENT_MESSAGES).set([{ id: 'a', savedAt: '2026-11-27T10:00:00.000Z', text: 'keep me' }]);
    const before = new Map(storage.data);
    // Room for the small items but not for the big one.
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (value.length > 1000) throw quotaError();
      setItem(key, value);
    };
    const big = JSON.stringify([{ id: 'z', savedAt: '2026-11-27T11:00:00.000Z', text: 'x'.repeat(4000) }]);
    const result = importStored({ [READ_CHAPTERS.key]: '["absence"]', [UNSENT_MESSAGES.key]: big });
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(storage.data).toEqual(before);
    expect($theme.get()).toBe('dark');
    expect(
      persistentItem(UNSENT_MESSAGES)
        .get()
        .map((m) => m.text),
    ).toEqual(['keep me']);
    expect(persistentItem(READ_CHAPTERS).get()).toEqual([]);
  });

  it('says when there is no storage at all: the import is kept for this visit only', () => {
    useStorageForTests(undefined);
    expect(importStored({ [THEME.key]: 'dark' })).toEqual({ ok: true, count: 1, onlyThisVisit: true });
    expect($theme.get()).toBe('dark');
  });
});

describe('the live list', () => {
  it('shows the imported "since" dates as soon as the import ends', () => {
    const seen: (string | undefined)[][] = [];
    const stop = $stored.subscribe((list) => seen.push(list.map((i) => i.since)));
    importStored({ [THEME.key]: 'dark', [SINCE.key]: `{"${THEME.key}":"2026-01-02"}` });
    stop();
    expect(seen.at(-1)).toEqual(['2026-01-02']);
  });
});

describe('backups always restore (defect 3)', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  const messagesArb = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      // Saved in any order: a clock that went back leaves the list out of time order.
      savedAt: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map(iso),
      text: fc
        .string({ minLength: 1, maxLength: 40 })
        .filter((t) => t.trim() !== '' && t === t.trim() && !/^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/.test(t)),
    }),
    { selector: (m) => m.id, maxLength: 6 },
  );
  const stateArb = fc.record({
    theme: fc.constantFrom('light', 'dark', 'system'),
    read: fc.subarray(['after-the-breakup', 'acceptance', 'absence', 'jealousy']),
    plan: fc.option(planArb, { nil: undefined }),
    checkIns: fc.array(checkInArb, { maxLength: 8 }).map((saves) => saves.reduce<readonly CheckIn[]>(withCheckIn, [])),
    messages: messagesArb,
    pause: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: Date.UTC(2030, 0, 1) })),
    history: fc.array(fc.record({ date: fc.constantFrom('2026-11-03', '2026-11-20'), band: fc.constantFrom('not-yet', 'almost') }), {
      maxLength: 3,
    }),
  });

  it('random states: export, erase, import gives the same state back', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        eraseStored();
        persistentItem(THEME).set(state.theme as 'light' | 'dark' | 'system');
        persistentItem(READ_CHAPTERS).set(state.read);
        persistentItem(NO_CONTACT_PLAN).set(state.plan);
        persistentItem(CHECK_INS).set(state.checkIns);
        // Written as a tab would have left them, in the order they were saved.
        if (state.messages.length) seed({ [UNSENT_MESSAGES.key]: JSON.stringify(state.messages) });
        persistentItem(PAUSE_STARTED_AT).set(state.pause);
        persistentItem(QUIZ_HISTORY).set(state.history.length ? { acceptance: state.history } : {});
        const before = Object.fromEntries(storage.data);
        // The same content, whatever the whitespace: the export is pretty-printed.
        const norm = (text: string | undefined) => {
          try {
            return JSON.stringify(JSON.parse(text ?? ''));
          } catch {
            return text;
          }
        };
        const file = JSON.stringify(buildExport(exportStored(), new Date()), null, 2);
        eraseStored();
        expect(storage.data.size).toBe(0);
        const parsed = parseImport(file, importRules);
        expect(parsed.ok && parsed.skipped).toEqual([]);
        if (!parsed.ok) return;
        expect(importStored(parsed.items)).toMatchObject({ ok: true });
        const after = Object.fromEntries(storage.data);
        // The "since" dates may gain an entry: an item that had none is dated the day of the import.
        const own = (items: Record<string, string>) =>
          Object.keys(items)
            .filter((k) => k !== SINCE.key)
            .sort();
        expect(own(after)).toEqual(own(before));
        for (const key of Object.keys(before)) {
          if (key === SINCE.key) {
            // Every date the file had comes back; an item that had none is dated the day of the import.
            expect(JSON.parse(after[key]!)).toMatchObject(JSON.parse(before[key]!));
          } else if (key === UNSENT_MESSAGES.key) {
            expect(persistentItem(UNSENT_MESSAGES).get()).toEqual(UNSENT_MESSAGES.decode(before[key]!));
          } else {
            expect(norm(after[key])).toBe(norm(before[key]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
