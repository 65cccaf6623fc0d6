import { isPeriodLength, LENGTH_RANGE } from './no-contact-plan';

/** The stages of a no-contact period, in order. */
export type StageId = 'accept' | 'radar' | 'rebuild' | 'enjoy' | 'done';

/** One stage of a no-contact period, drawn from a chapter of the guide. */
export interface Stage {
  id: StageId;
  /** A short heading, sentence case. */
  title: string;
  /** One or two sentences of plain advice for this stage. */
  advice: string;
  /** The slug of the chapter that covers this stage. */
  chapter: string;
  /** The day the stage starts (day 0 is the day of last contact). */
  startDay: number;
}

interface StageText {
  id: StageId;
  title: string;
  advice: string;
  chapter: string;
  /** The day the stage starts; undefined for 'done', which starts on the period's last day. */
  day?: number;
}

const STAGE_TEXT: readonly StageText[] = [
  {
    id: 'accept',
    title: 'Accept and step back',
    advice: 'The decision was not yours, and it hurts. For now, let it stand: give yourself room to feel it without acting on it.',
    chapter: 'acceptance',
    day: 0,
  },
  {
    id: 'radar',
    title: 'Drop off the radar',
    advice: 'Step back fully: no messages, calls, likes or story views. Fill the space with people and things that do you good.',
    chapter: 'absence',
    day: 2,
  },
  {
    id: 'rebuild',
    title: 'Rebuild yourself',
    advice:
      'Put the energy you would spend wondering about your ex into your own health, sleep and friendships. The aim is a fuller you, not a different person.',
    chapter: 'best-foot-forward',
    day: 5,
  },
  {
    id: 'enjoy',
    title: 'Enjoy your life',
    advice: 'Say yes to plans, see people and do things you genuinely enjoy. Do them for yourself, not for an audience.',
    chapter: 'happiness',
    day: 7,
  },
  {
    id: 'done',
    title: 'The end of your no-contact period',
    advice:
      'You have reached the end of the no-contact period you chose, and that took real steadiness. Before deciding anything, take the "Are you ready to end no contact?" self-check; carrying on is a choice too.',
    chapter: 'jealousy',
  },
];

/**
 * The five stages of a `total`-day period with their start days, in order.
 * The early stages start on fixed days, as the chapters place them: 'accept'
 * on day 0; 'radar' on day 2, since the silence covers everything from the
 * start (absence); 'rebuild' on day 5; 'enjoy' on day 7, once the first few days
 * of taking it in have passed (happiness). 'done' starts on day `total`, which
 * {@link LENGTH_RANGE} keeps after all of them.
 * @throws RangeError when `total` is not a whole number within {@link LENGTH_RANGE}.
 */
export function stages(total: number): Stage[] {
  if (!isPeriodLength(total)) {
    throw new RangeError(`A period is a whole number of days from ${LENGTH_RANGE.min} to ${LENGTH_RANGE.max}, got ${total}`);
  }
  return STAGE_TEXT.map(({ day, ...text }) => ({ ...text, startDay: day ?? total }));
}

/**
 * The stage that day `day` of a `total`-day period falls in: the last one that
 * has started. Days before 0 count as 'accept', days from `total` on as 'done'.
 * @throws RangeError when `total` is not a whole number within {@link LENGTH_RANGE}.
 */
export function stageFor(day: number, total: number): Stage {
  const all = stages(total);
  let current = all[0] as Stage;
  for (const stage of all) if (stage.startDay <= day) current = stage;
  return current;
}
