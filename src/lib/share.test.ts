import { describe, expect, it } from 'vitest';
import { shareTargets } from './share';

const url = 'https://guide.example/guide/absence/';
const title = 'Absence makes the heart grow fonder & more';

describe('shareTargets', () => {
  const targets = shareTargets(url, title);

  it('offers email, WhatsApp, Telegram, X, Facebook and Reddit', () => {
    expect(targets.map((t) => t.id)).toEqual(['email', 'whatsapp', 'telegram', 'x', 'facebook', 'reddit']);
  });

  it.each(shareTargets(url, title).map((t) => [t.id, t.href]))('%s carries the page URL, encoded', (_id, href) => {
    expect(href).toContain(encodeURIComponent(url));
    expect(href).not.toContain(' ');
  });

  it('web targets are https and email is mailto', () => {
    for (const t of targets) {
      expect(t.href.startsWith(t.id === 'email' ? 'mailto:?' : 'https://')).toBe(true);
    }
  });

  it('encodes the title so it cannot break the query string', () => {
    const reddit = targets.find((t) => t.id === 'reddit')!;
    expect(new URL(reddit.href).searchParams.get('title')).toBe(title);
    expect(new URL(reddit.href).searchParams.get('url')).toBe(url);
  });
});
