import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, headScript } from './head-script';

describe('headScript', () => {
  it('reads the given theme key and never throws', () => {
    const source = headScript('atb:v1:theme');
    expect(source).toContain('"atb:v1:theme"');
    expect(source).toMatch(/^document\.documentElement\.dataset\.js='';try\{/);
  });

  it('hashes the exact source for the CSP', () => {
    const source = headScript('k');
    expect(cspHash(source)).toBe(`'sha256-${createHash('sha256').update(source).digest('base64')}'`);
    expect(cspHash(`${source} `)).not.toBe(cspHash(source));
  });
});
