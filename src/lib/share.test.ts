import { describe, expect, it } from 'vitest';
import { shareTargets } from './share';

const url = 'https://guide.example/guide/absence/';
const title = 'Absence makes the heart grow fonder & more';

describe('shareTargets', () => {
  const targets = shareTargets(url, title);

  it('offers the private channels first, then the public networks', () => {
    expect(targets.map((t) => t.id)).toEqual(['email', 'sms', 'whatsapp', 'telegram', 'x', 'facebook', 'reddit']);
    const audiences = targets.map((t) => t.audience);
    expect(audiences.lastIndexOf('private')).toBeLessThan(audiences.indexOf('public'));
    expect(audiences.filter((a) => a === 'public')).toHaveLength(3);
  });

  it.each(shareTargets(url, title).map((t) => [t.id, t.href]))('%s carries the page URL, encoded', (_id, href) => {
    expect(href).toContain(encodeURIComponent(url));
    expect(href).not.toContain(' ');
  });

  it('web targets are https, email is mailto and messages are sms', () => {
    const schemes: Record<string, string> = { email: 'mailto:?', sms: 'sms:?&body=' };
    for (const t of targets) {
      expect(t.href.startsWith(schemes[t.id] ?? 'https://')).toBe(true);
    }
  });

  it('encodes the title so it cannot break the query string', () => {
    const reddit = targets.find((t) => t.id === 'reddit')!;
    expect(new URL(reddit.href).searchParams.get('title')).toBe(title);
    expect(new URL(reddit.href).searchParams.get('url')).toBe(url);
  });
});
