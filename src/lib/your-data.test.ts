import { describe, expect, it } from 'vitest';
import {
  buildExport,
  damagedNames,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  formatBytes,
  parseImport,
  sinceWords,
  storedSize,
  unknownCount,
  type ImportRules,
} from './your-data';

const rules: ImportRules = {
  label: (key) => ({ 'atb:v1:theme': 'Theme choice', 'atb:v1:read-chapters': 'Chapters you finished' })[key],
  read: (key, value) => {
    if (key === 'atb:v1:theme') return value === 'light' || value === 'dark' ? value : undefined;
    return value.trim().startsWith('[') ? value.trim() : undefined;
  },
};

const file = (override: object = {}) =>
  JSON.stringify({
    ...buildExport({ 'atb:v1:theme': 'dark', 'atb:v1:read-chapters': '["absence"]' }, new Date('2026-11-27T10:00:00Z')),
    ...override,
  });

describe('export and import', () => {
  it('round-trips an export', () => {
    expect(parseImport(file(), rules)).toEqual({
      ok: true,
      items: { 'atb:v1:theme': 'dark', 'atb:v1:read-chapters': '["absence"]' },
      skipped: [],
    });
  });

  it('stores the text as the rules straighten it out', () => {
    const result = parseImport(file({ items: { 'atb:v1:read-chapters': '  ["absence"]\n' } }), rules);
    expect(result).toEqual({ ok: true, items: { 'atb:v1:read-chapters': '["absence"]' }, skipped: [] });
  });

  it('leaves out a damaged item and names it, keeping the rest', () => {
    const result = parseImport(file({ items: { 'atb:v1:theme': 'purple', 'atb:v1:read-chapters': '["absence"]' } }), rules);
    expect(result).toEqual({
      ok: true,
      items: { 'atb:v1:read-chapters': '["absence"]' },
      skipped: [{ key: 'atb:v1:theme', label: 'Theme choice', reason: 'damaged' }],
    });
    if (result.ok) expect(damagedNames(result.skipped)).toBe('“Theme choice”');
  });

  it('ignores keys it does not know, and counts them', () => {
    const result = parseImport(file({ items: { 'atb:v1:theme': 'dark', 'atb:v9:future': 'x', 'atb:v1:quiz:constructor': '{}' } }), rules);
    expect(result.ok && result.items).toEqual({ 'atb:v1:theme': 'dark' });
    expect(result.ok && unknownCount(result.skipped)).toBe(2);
    expect(result.ok && damagedNames(result.skipped)).toBe('');
  });

  it('names several damaged items in one phrase', () => {
    const skipped = [
      { key: 'a', label: 'A', reason: 'damaged' as const },
      { key: 'b', label: undefined, reason: 'damaged' as const },
      { key: 'c', label: 'C', reason: 'damaged' as const },
    ];
    expect(damagedNames(skipped)).toBe('“A”, “b” and “C”');
  });

  it('writes the format, version and time', () => {
    const data = buildExport({}, new Date('2026-11-27T10:00:00Z'));
    expect(data).toEqual({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-11-27T10:00:00.000Z', items: {} });
  });

  it.each([
    ['not JSON', '{oops', /damaged or is not an export/],
    ['another program', JSON.stringify({ format: 'other', version: 1, items: {} }), /not an export from this site/],
    ['an array', '[]', /not an export from this site/],
    ['no version', file({ version: undefined }), /version is missing/],
    ['a newer version', file({ version: EXPORT_VERSION + 1 }), /newer version of this site/],
    ['no items', file({ items: 'x' }), /holds no items/],
    ['only an unknown item', file({ items: { 'atb:v9:future': 'x' } }), /Nothing in this file can be read/],
    ['only a damaged item', file({ items: { 'atb:v1:theme': 'purple' } }), /Nothing in this file can be read/],
    ['only a non-text item', file({ items: { 'atb:v1:theme': 5 } }), /Nothing in this file can be read/],
  ])('rejects %s, changing nothing', (_name, text, message) => {
    const result = parseImport(text, rules);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed\.$/);
    }
  });

  it('rejects a huge file', () => {
    expect(parseImport('x'.repeat(2_000_001), rules).ok).toBe(false);
  });
});

describe('sizes', () => {
  it.each([
    [0, '0 KB'],
    [1, '0.1 KB'],
    [86, '0.1 KB'],
    [200, '0.2 KB'],
    [1024, '1.0 KB'],
    [1230, '1.2 KB'],
    [10_188, '9.9 KB'],
    [10_200, '10 KB'],
    [14_900, '15 KB'],
    [2_000_000, '1953 KB'],
  ])('%i → %s', (n, label) => expect(formatBytes(n)).toBe(label.replace(' ', '\u00a0')));

  it('never lets a size break between number and unit', () => {
    expect(formatBytes(5000)).not.toMatch(/ /);
  });

  it('counts UTF-16 code units of key and value', () => {
    expect(storedSize('ab', 'cde')).toBe(10);
  });
});

describe('first-saved dates', () => {
  it.each([
    ['2026-11-27', '27 November 2026'],
    ['2027-01-01', '1 January 2027'],
    ['2028-02-29', '29 February 2028'],
    [undefined, 'earlier'],
    ['2026-02-30', 'earlier'],
    ['27/11/2026', 'earlier'],
  ])('%s → %s', (since, words) => expect(sinceWords(since)).toBe(words));
});
