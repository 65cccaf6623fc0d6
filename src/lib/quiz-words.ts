import { HELP_SECTIONS, helpPath } from './help';
import type { Paragraph, RESULT_TEXT, ResultLink, SafetyKind } from './quiz';

// The fixed words of the quiz island, apart from the scorer: the quiz block
// hands them to the island as data (props in the page's HTML), so its script
// does not carry them, which keeps the quiz page within its JavaScript budget.

/** A directory of free, confidential helplines in every country. */
export const HELPLINE_LINK: ResultLink = { label: 'findahelpline.com', href: 'https://findahelpline.com', external: true };

/** One safety result: a heading, its paragraphs, and links to the help that fits, each in a paragraph of its own. */
export interface SafetySection {
  kind: SafetyKind;
  /** The heading. */
  title: string;
  /** The paragraphs, in reading order. */
  paragraphs: readonly Paragraph[];
  /** Links to the sections of the help page that fit (site paths, put under the base path when shown). */
  help: readonly ResultLink[];
}

/** The words of every kind of safety result. */
export type SafetySections = Readonly<Record<SafetyKind, SafetySection>>;

/** Every safety result's words. The crisis result says nothing about the ex or court orders: it is about the reader. */
export const SAFETY_SECTIONS: SafetySections = {
  crisis: {
    kind: 'crisis',
    title: 'You matter, and you deserve support today',
    paragraphs: [
      [
        { strong: 'If you might act on thoughts of harming yourself, call your local emergency number now.' },
        ' If you are not in immediate danger, a crisis line can listen at any hour. Find a free, confidential one near you at ',
        { link: HELPLINE_LINK },
        '.',
      ],
      [
        'Please tell someone today how you are feeling: a friend, someone in your family, your doctor or a crisis line. You do not need the right words, and you do not have to carry this on your own.',
      ],
      ['Pain this sharp can feel as if it will never ease. With time and with support, it does. Everything else here can wait.'],
    ],
    help: [{ label: HELP_SECTIONS.crisis.label, href: helpPath('crisis'), external: false }],
  },
  abuse: {
    kind: 'abuse',
    title: 'Your safety comes first',
    paragraphs: [
      [
        'Where there has been violence, threats, stalking or control of money, phone, friends or movements, getting back together is not the goal, and the plan in this guide is not the right one for you. Reconnecting tends to bring the harm back, and it often grows rather than fades.',
      ],
      [
        'If you are in danger now, call your local emergency number. A domestic abuse helpline can listen in confidence and help you make a safety plan: where you could go, who you would call, and what to keep ready.',
      ],
      [
        'If someone else might look at this device, get into a quick-exit habit: keep an everyday page open in another tab and switch to it when you need to, and clear your browsing history afterwards. You can erase everything this site keeps on ',
        { link: { label: 'the Your data page', href: '/your-data/', external: false } },
        '.',
      ],
    ],
    help: [{ label: HELP_SECTIONS.danger.label, href: helpPath('danger'), external: false }],
  },
  request: {
    kind: 'request',
    title: 'Respect the request to stay away',
    paragraphs: [
      [
        'When there is a court order, or they have asked you never to contact them again, the question of reaching out is already settled: no contact of any kind, for as long as that stands. That includes messages through friends, likes, comments and turning up where they will be.',
      ],
      [
        'Keeping away respects what has been asked, and with a court order it also keeps you within the law. If an order protects you, you can ask for help whenever it is broken.',
      ],
      [
        'This can be very hard to live with. Lean on friends, family or a counsellor for the support you might once have looked for from them.',
      ],
    ],
    help: [
      { label: HELP_SECTIONS.danger.label, href: helpPath('danger'), external: false },
      { label: HELP_SECTIONS.struggling.label, href: helpPath('struggling'), external: false },
    ],
  },
};

/** The island's own sentences while answering. */
export const STEP_TEXT = {
  /** Shown when Next is pressed without a valid answer, by kind of question. */
  unanswered: {
    single: 'Choose one answer to go on.',
    multiple: 'Choose at least one answer to go on.',
    days: 'Enter a whole number of days, 0 or more, to go on.',
  },
  /** Under a days field filled in from the tracker. */
  prefilled: 'Filled in from your no-contact tracker. You can change it.',
  /** After "Erase my answers". */
  erased: 'Your answers and earlier results for this self-check were erased from this device.',
} as const;

/** The fixed words of the quiz island: {@link RESULT_TEXT}, {@link STEP_TEXT} and {@link SAFETY_SECTIONS}, as the quiz block passes them. */
export interface ResultWords {
  text: typeof RESULT_TEXT;
  step: typeof STEP_TEXT;
  safety: SafetySections;
}
