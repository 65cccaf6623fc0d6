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
  /** Where the stage starts, as a percentage of the period. */
  percent: number;
}

const STAGE_TEXT: readonly StageText[] = [
  {
    id: 'accept',
    title: 'Accept and step back',
    advice: 'The decision was not yours, and it hurts. For now, let it stand: give yourself room to feel it without acting on it.',
    chapter: 'acceptance',
    percent: 0,
  },
  {
    id: 'radar',
    title: 'Drop off the radar',
    advice: 'Step back fully: no messages, calls, likes or story views. Fill the space with people and things that do you good.',
    chapter: 'absence',
    percent: 15,
  },
  {
    id: 'rebuild',
    title: 'Rebuild yourself',
    advice:
      'Put the energy you would spend wondering about your ex into your own health, sleep and friendships. The aim is a fuller you, not a different person.',
    chapter: 'best-foot-forward',
    percent: 40,
  },
  {
    id: 'enjoy',
    title: 'Enjoy your life',
    advice: 'Say yes to plans, see people and do things you genuinely enjoy. Do them for yourself, not for an audience.',
    chapter: 'happiness',
    percent: 70,
  },
  {
    id: 'done',
    title: 'Your period is complete',
    advice:
      'You have reached the end of the period you chose, and that took real steadiness. Before deciding anything, take the "Are you ready to end no contact?" self-check; carrying on is a choice too.',
    chapter: 'jealousy',
    percent: 100,
  },
];

/**
 * The five stages of a `total`-day period with their start days, in order:
 * 'accept' on day 0, then 'radar', 'rebuild' and 'enjoy' at about 15 %, 40 % and
 * 70 % of the period (whole days, strictly increasing), and 'done' on day `total`.
 * @throws RangeError when `total` is not a whole number within {@link LENGTH_RANGE}.
 */
export function stages(total: number): Stage[] {
  if (!isPeriodLength(total)) {
    throw new RangeError(`A period is a whole number of days from ${LENGTH_RANGE.min} to ${LENGTH_RANGE.max}, got ${total}`);
  }
  const result: Stage[] = [];
  let previous = -1;
  for (const { percent, ...text } of STAGE_TEXT) {
    // Whole percentages keep the rounding exact: 0.7 * 45 is 31.499… in floating point, 70 * 45 / 100 is 31.5.
    const exact = Math.round((percent * total) / 100);
    // On short periods rounding can give two stages the same day; nudge the later one on.
    const startDay = percent === 0 || percent === 100 ? exact : Math.max(exact, previous + 1);
    result.push({ ...text, startDay });
    previous = startDay;
  }
  return result;
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
