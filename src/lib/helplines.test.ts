import { describe, expect, it } from 'vitest';
import { COUNTRY_HELP, emergencyNumbers, HELPLINE_DIRECTORY, helplinesFor, telHref, unbreakable } from './helplines';

describe('telHref', () => {
  it.each([
    ['988', 'tel:988'],
    ['1-800-799-7233', 'tel:18007997233'],
    ['0808 2000 247', 'tel:08082000247'],
    ['13 11 14', 'tel:131114'],
    ['+353 1 234 5678', 'tel:+35312345678'],
    ['(02) 9999.0000', 'tel:0299990000'],
  ])('%s calls %s', (display, href) => {
    expect(telHref(display)).toBe(href);
  });

  it.each(['', 'call us', '0800 REFUGE', '12+34', '++1'])('refuses "%s"', (display) => {
    expect(() => telHref(display)).toThrow(/not a phone number/);
  });
});

describe('COUNTRY_HELP', () => {
  it('covers the countries the help page promises', () => {
    expect(COUNTRY_HELP.map((c) => c.id)).toEqual(['us', 'ca', 'uk', 'ie', 'au', 'nz']);
    expect(new Set(COUNTRY_HELP.map((c) => c.id)).size).toBe(COUNTRY_HELP.length);
  });

  it('gives every country an emergency number, a crisis line to call, and help when in danger', () => {
    for (const country of COUNTRY_HELP) {
      expect(country.emergency.length, country.name).toBeGreaterThan(0);
      expect(
        country.crisis.some((line) => line.phone),
        country.name,
      ).toBe(true);
      expect(country.danger.length, country.name).toBeGreaterThan(0);
    }
  });

  it('writes every tel: link as digits only, matching the number shown', () => {
    const numbers = COUNTRY_HELP.flatMap((c) => [...c.emergency, ...[...c.danger, ...c.crisis].flatMap((l) => (l.phone ? [l.phone] : []))]);
    for (const { display, href } of numbers) {
      expect(href).toMatch(/^tel:\+?\d+$/);
      expect(href.replace(/\D/g, '')).toBe(display.replace(/\D/g, ''));
    }
  });

  it('gives every service a way in (a number or a website) and the page its number was checked on', () => {
    for (const line of COUNTRY_HELP.flatMap((c) => [...c.danger, ...c.crisis])) {
      expect(line.phone ?? line.web, line.name).toBeTruthy();
      expect(line.source, line.name).toMatch(/^https:\/\//);
      if (line.web) expect(line.web.href).toMatch(/^https:\/\//);
    }
  });

  it('keeps the published numbers', () => {
    const find = (id: string, section: 'danger' | 'crisis') => COUNTRY_HELP.find((c) => c.id === id)![section][0]!;
    expect(find('us', 'crisis').phone?.href).toBe('tel:988');
    expect(find('us', 'danger').phone?.href).toBe('tel:18007997233');
    expect(find('ca', 'crisis').phone?.href).toBe('tel:988');
    expect(find('ca', 'danger').web?.href).toBe('https://sheltersafe.ca');
    expect(find('uk', 'crisis').phone?.href).toBe('tel:116123');
    expect(find('uk', 'danger').phone?.href).toBe('tel:08082000247');
    expect(find('ie', 'crisis').phone?.href).toBe('tel:116123');
    expect(find('ie', 'danger').phone?.href).toBe('tel:1800341900');
    expect(find('au', 'crisis').phone?.href).toBe('tel:131114');
    expect(find('au', 'danger').phone?.href).toBe('tel:1800737732');
    expect(find('nz', 'crisis').phone?.href).toBe('tel:1737');
    expect(find('nz', 'danger').phone?.href).toBe('tel:0800733843');
  });

  it('points everyone else to a directory', () => {
    expect(HELPLINE_DIRECTORY.href).toBe('https://findahelpline.com');
  });
});

describe('helplinesFor', () => {
  it('lists every country, in order, with that section’s lines', () => {
    const crisis = helplinesFor('crisis');
    expect(crisis.map((c) => c.country.id)).toEqual(COUNTRY_HELP.map((c) => c.id));
    expect(crisis[2]!.lines[0]!.name).toBe('Samaritans');
    expect(helplinesFor('danger')[0]!.lines[0]!.name).toBe('National Domestic Violence Hotline');
  });
});

describe('emergencyNumbers', () => {
  it('names each number once, with every country that uses it', () => {
    const groups = emergencyNumbers();
    expect(groups.map((g) => [g.numbers.map((n) => n.display).join(' or '), g.countries.join(', ')])).toEqual([
      ['911', 'United States, Canada'],
      ['999', 'United Kingdom'],
      ['112 or 999', 'Ireland'],
      ['000', 'Australia'],
      ['111', 'New Zealand'],
    ]);
  });

  it('gives nothing for no countries', () => {
    expect(emergencyNumbers([])).toEqual([]);
  });
});

describe('unbreakable', () => {
  it('joins the words of a call link with non-breaking spaces and hyphens', () => {
    expect(unbreakable('Call 0808 2000 247')).toBe('Call\u00a00808\u00a02000\u00a0247');
    expect(unbreakable('Call 1-800-799-7233')).toBe('Call\u00a01\u2011800\u2011799\u20117233');
    expect(unbreakable('988')).toBe('988');
  });
});
