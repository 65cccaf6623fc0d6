import type { HelpSection } from './help';

/** A phone number as a service publishes it, with its tap-to-call form. */
export interface PhoneNumber {
  /** As the service writes it, for reading aloud: "0808 2000 247". */
  display: string;
  /** The `tel:` URL: digits only, from {@link telHref}. */
  href: string;
}

/** One service a reader can call, text or visit. */
export interface Helpline {
  /** The service's own name: "Samaritans". */
  name: string;
  /** What it is for, in a few words: "any time, about anything". */
  about: string;
  /** Its number, when it has one; a service without one (a directory) has a `web` link instead. */
  phone?: PhoneNumber | undefined;
  /** Another way in, said plainly: "or text START to 88788". */
  text?: string | undefined;
  /** A website to use instead of a number: where there is no single national line. */
  web?: { label: string; href: string } | undefined;
  /** The service's own page where the number was checked against what it publishes. */
  source: string;
}

/** The help a country has for one section of `/help/`. */
export interface CountryHelp {
  /** Short id, used as `data-country` on the page: "uk". */
  id: string;
  /** The country as readers call it. */
  name: string;
  /** Emergency numbers (police, ambulance), most used first. */
  emergency: PhoneNumber[];
  /** Helplines for someone in danger from another person. */
  danger: Helpline[];
  /** Crisis lines for someone thinking of harming themselves. */
  crisis: Helpline[];
}

/**
 * The `tel:` URL of a number written for reading: spaces, dashes and dots
 * are dropped; a leading `+` is kept.
 * @throws Error when anything but digits and separators is left, or no digits at all.
 */
export function telHref(display: string): string {
  const compact = display.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) throw new Error(`"${display}" is not a phone number`);
  return `tel:${compact}`;
}

/** Text with every space and hyphen made non-breaking, so a number in a link never wraps mid-number (and validators accept it). */
export function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

const phone = (display: string): PhoneNumber => ({ display, href: telHref(display) });

/**
 * Where to turn, by country: the countries most readers are in. Every number
 * was checked against the page named as its `source`. For everywhere else,
 * {@link HELPLINE_DIRECTORY}.
 */
export const COUNTRY_HELP: readonly CountryHelp[] = [
  {
    id: 'us',
    name: 'United States',
    emergency: [phone('911')],
    danger: [
      {
        name: 'National Domestic Violence Hotline',
        about: 'abuse, threats or stalking, any time',
        phone: phone('1-800-799-7233'),
        text: 'or text START to 88788',
        source: 'https://www.thehotline.org/',
      },
    ],
    crisis: [
      {
        name: '988 Suicide & Crisis Lifeline',
        about: 'any time, by call or text',
        phone: phone('988'),
        text: 'or text 988',
        source: 'https://988lifeline.org/',
      },
    ],
  },
  {
    id: 'ca',
    name: 'Canada',
    emergency: [phone('911')],
    danger: [
      {
        name: 'ShelterSafe',
        about: 'there is no single national line: find the 24-hour crisis line of a shelter near you',
        web: { label: 'sheltersafe.ca', href: 'https://sheltersafe.ca' },
        source: 'https://sheltersafe.ca/',
      },
    ],
    crisis: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        about: 'any time, by call or text',
        phone: phone('988'),
        text: 'or text 988',
        source: 'https://988.ca/',
      },
    ],
  },
  {
    id: 'uk',
    name: 'United Kingdom',
    emergency: [phone('999')],
    danger: [
      {
        name: 'National Domestic Abuse Helpline (Refuge)',
        about: 'free, any time',
        phone: phone('0808 2000 247'),
        source: 'https://www.nationaldahelpline.org.uk/',
      },
    ],
    crisis: [
      {
        name: 'Samaritans',
        about: 'free, any time, about anything',
        phone: phone('116 123'),
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
      },
    ],
  },
  {
    id: 'ie',
    name: 'Ireland',
    emergency: [phone('112'), phone('999')],
    danger: [
      {
        name: 'Women’s Aid',
        about: 'free, any time',
        phone: phone('1800 341 900'),
        source: 'https://www.womensaid.ie/',
      },
    ],
    crisis: [
      {
        name: 'Samaritans',
        about: 'free, any time, about anything',
        phone: phone('116 123'),
        source: 'https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/',
      },
    ],
  },
  {
    id: 'au',
    name: 'Australia',
    emergency: [phone('000')],
    danger: [
      {
        name: '1800RESPECT',
        about: 'domestic, family and sexual violence, any time',
        phone: phone('1800 737 732'),
        source: 'https://www.1800respect.org.au/',
      },
    ],
    crisis: [
      {
        name: 'Lifeline',
        about: 'any time',
        phone: phone('13 11 14'),
        source: 'https://www.lifeline.org.au/',
      },
    ],
  },
  {
    id: 'nz',
    name: 'New Zealand',
    emergency: [phone('111')],
    danger: [
      {
        name: 'Women’s Refuge crisis line',
        about: 'any time',
        phone: phone('0800 733 843'),
        source: 'https://womensrefuge.org.nz/get-help/',
      },
    ],
    crisis: [
      {
        name: 'Need to talk? 1737',
        about: 'free, any time, by call or text',
        phone: phone('1737'),
        text: 'or text 1737',
        source: 'https://1737.org.nz/',
      },
    ],
  },
];

/** A directory of free, confidential helplines in most countries, for readers elsewhere. */
export const HELPLINE_DIRECTORY = { label: 'findahelpline.com', href: 'https://findahelpline.com' } as const;

/** The sections of `/help/` that list helplines by country. */
export type HelplineSection = Extract<HelpSection, 'danger' | 'crisis'>;

/** Each country's helplines for one section, in {@link COUNTRY_HELP} order. */
export function helplinesFor(section: HelplineSection): { country: CountryHelp; lines: Helpline[] }[] {
  return COUNTRY_HELP.map((country) => ({ country, lines: country[section] }));
}

/** Emergency numbers with the countries that share them: 911 is both the US's and Canada's. */
export function emergencyNumbers(countries: readonly CountryHelp[] = COUNTRY_HELP): { numbers: PhoneNumber[]; countries: string[] }[] {
  const groups = new Map<string, { numbers: PhoneNumber[]; countries: string[] }>();
  for (const country of countries) {
    const key = country.emergency.map((n) => n.href).join(' ');
    const group = groups.get(key);
    if (group) group.countries.push(country.name);
    else groups.set(key, { numbers: country.emergency, countries: [country.name] });
  }
  return [...groups.values()];
}
