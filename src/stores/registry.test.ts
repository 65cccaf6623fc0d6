import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from './keys';
import { storage } from './persist';
import { eraseEverything, exportItems, importItems, importRules, nameQuizzes, storedItems } from './registry';

const plan = JSON.stringify({ lastContact: '2026-10-20', lengthDays: 45, slips: [] });

afterEach(() => {
  for (const key of Object.keys(storage)) delete storage[key];
});

describe('the registry of stored items', () => {
  it('lists known items in plain language, with their first-saved day', () => {
    nameQuizzes([{ id: 'acceptance', title: 'Have you accepted the breakup?' }]);
    storage[STORAGE_KEYS.theme] = 'dark';
    storage[STORAGE_KEYS.noContactPlan] = plan;
    storage['atb:v1:quiz:acceptance'] = JSON.stringify({ answers: { a: 'b' }, step: 1, done: false });
    storage[STORAGE_KEYS.since] = JSON.stringify({ [STORAGE_KEYS.theme]: '2026-11-01' });
    storage['someone-else'] = 'x';
    const items = storedItems();
    // Sorted by storage key.
    expect(items.map((i) => i.label)).toEqual(['Your no-contact plan', 'Answers to “Have you accepted the breakup?”', 'Theme choice']);
    expect(items[0]!.summary).toBe('45 days from 2026-10-20, 0 slips');
    expect(items[1]!.summary).toBe('1 answer');
    expect(items[2]).toMatchObject({ summary: 'dark theme', since: '2026-11-01' });
  });

  it('marks damaged items instead of failing', () => {
    storage[STORAGE_KEYS.noContactPlan] = '{broken';
    storage[STORAGE_KEYS.readChapters] = 'nope';
    expect(storedItems().map((i) => i.summary)).toEqual(['damaged: will be reset', 'damaged: will be reset']);
  });

  it('accepts in an import only what this site itself writes', () => {
    expect(importRules.valid(STORAGE_KEYS.noContactPlan, plan)).toBe(true);
    expect(importRules.valid(STORAGE_KEYS.noContactPlan, '{"lastContact":"2026-02-30","lengthDays":45,"slips":[]}')).toBe(false);
    expect(importRules.valid(STORAGE_KEYS.theme, 'purple')).toBe(false);
    expect(importRules.label('atb:v2:anything')).toBeUndefined();
    expect(importRules.label('atb:v1:quiz:Bad Id')).toBeUndefined();
  });

  it('exports, erases and imports back', () => {
    storage[STORAGE_KEYS.theme] = 'light';
    storage[STORAGE_KEYS.noContactPlan] = plan;
    storage['not-ours'] = 'stay';
    const exported = exportItems();
    expect(exported).toEqual({ [STORAGE_KEYS.theme]: 'light', [STORAGE_KEYS.noContactPlan]: plan });
    eraseEverything();
    expect(Object.keys(storage)).toEqual(['not-ours']);
    importItems(exported);
    expect(storage[STORAGE_KEYS.noContactPlan]).toBe(plan);
    expect(storage[STORAGE_KEYS.theme]).toBe('light');
  });
});
