import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMAT, EXPORT_VERSION, formatBytes, parseImport, storedSize, type ImportRules } from './your-data';

const rules: ImportRules = {
  label: (key) => ({ 'atb:v1:theme': 'Theme choice', 'atb:v1:read-chapters': 'Chapters you finished' })[key],
  valid: (key, value) => (key === 'atb:v1:theme' ? value === 'light' || value === 'dark' : value.startsWith('[')),
};

const file = (override: object = {}) =>
  JSON.stringify({
    ...buildExport({ 'atb:v1:theme': 'dark', 'atb:v1:read-chapters': '["absence"]' }, new Date('2026-11-27T10:00:00Z')),
    ...override,
  });

describe('export and import', () => {
  it('round-trips an export', () => {
    expect(parseImport(file(), rules)).toEqual({ ok: true, items: { 'atb:v1:theme': 'dark', 'atb:v1:read-chapters': '["absence"]' } });
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
    ['an unknown item', file({ items: { 'atb:v9:future': 'x' } }), /does not know/],
    ['a damaged item', file({ items: { 'atb:v1:theme': 'purple' } }), /“Theme choice” cannot be read/],
    ['a non-text item', file({ items: { 'atb:v1:theme': 5 } }), /“Theme choice” cannot be read/],
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
    [1, '1 byte'],
    [86, '86 bytes'],
    [999, '999 bytes'],
    [1200, '1.2 KB'],
  ])('%i → %s', (n, label) => expect(formatBytes(n)).toBe(label));

  it('counts UTF-16 code units of key and value', () => {
    expect(storedSize('ab', 'cde')).toBe(10);
  });
});
