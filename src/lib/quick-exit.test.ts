import { describe, expect, it } from 'vitest';
import { DEFAULT_QUICK_EXIT_URL, quickExitUrl } from './quick-exit';

describe('quickExitUrl', () => {
  it('falls back to a neutral page when nothing is set', () => {
    expect(quickExitUrl(undefined)).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitUrl('')).toBe(DEFAULT_QUICK_EXIT_URL);
  });

  it('takes an https address as it is, normalised', () => {
    expect(quickExitUrl('https://example.org')).toBe('https://example.org/');
    expect(quickExitUrl('https://duckduckgo.com/')).toBe('https://duckduckgo.com/');
  });

  it.each(['weather', 'http://example.org/', 'javascript:alert(1)', '//example.org'])('refuses %s', (setting) => {
    expect(() => quickExitUrl(setting)).toThrow(/QUICK_EXIT_URL/);
  });
});
