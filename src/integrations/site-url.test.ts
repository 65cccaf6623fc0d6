import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteUrlWarning } from './site-url';

describe('siteUrlWarning (defect 8)', () => {
  it('warns when SITE_URL is missing or empty, naming the fallback and the fix', () => {
    for (const value of [undefined, '']) {
      const warning = siteUrlWarning(value);
      expect(warning).toContain(DEFAULT_SITE);
      expect(warning).toContain('SITE_URL=https://your.domain npm run build');
    }
  });

  it('says nothing when it is set', () => {
    expect(siteUrlWarning('https://guide.example.org')).toBeUndefined();
  });
});
