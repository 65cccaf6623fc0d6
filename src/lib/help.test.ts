import { describe, expect, it } from 'vitest';
import { HELP_SECTIONS, helpPath } from './help';

describe('helpPath', () => {
  it('points at the help page, or one of its sections', () => {
    expect(helpPath()).toBe('/help/');
    expect(helpPath('danger')).toBe('/help/#danger');
    expect(helpPath('crisis')).toBe('/help/#crisis');
    expect(helpPath('struggling')).toBe('/help/#struggling');
  });

  it('gives every section its own anchor', () => {
    const ids = Object.values(HELP_SECTIONS).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
