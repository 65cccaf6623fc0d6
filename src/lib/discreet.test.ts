import { describe, expect, it } from 'vitest';
import { DISCREET, exportFileName } from './discreet';

describe('DISCREET', () => {
  it('stores "on", or nothing when off', () => {
    expect(DISCREET.encode(true)).toBe('on');
    expect(DISCREET.encode(false)).toBeUndefined();
    expect(DISCREET.decode('on')).toBe(true);
    expect(DISCREET.decode('yes')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the file after the site, or neutrally in discreet mode', () => {
    expect(exportFileName('2026-11-27', false)).toBe('after-the-breakup-2026-11-27.json');
    expect(exportFileName('2026-11-27', true)).toBe('notes-2026-11-27.json');
  });
});
