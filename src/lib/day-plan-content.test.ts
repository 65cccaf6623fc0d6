import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPlanChapters, PLAN_LENGTH, type PlanDay, PROMPT_KINDS, PROMPT_MAX_LENGTH } from './day-plan';
import { stages } from './no-contact-stages';
import { planSchema } from './plan-schema';

const PLAN_FILE = 'content/plan/days.yaml';

const chapterSlugs = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

const raw: unknown = parse(readFileSync(PLAN_FILE, 'utf8'));
const parsed = planSchema.safeParse(raw);
// When the schema fails, the other checks still read the file as written, so a
// banned or shaming word is reported alongside a missing day, not hidden by it.
const days: PlanDay[] = parsed.data?.days ?? (raw as { days?: PlanDay[] } | null)?.days ?? [];

/** Every text of a day, joined, for searching. */
const allText = (day: PlanDay): string => PROMPT_KINDS.map((kind) => day[kind].text).join(' ');

/** Day numbers whose text matches `pattern`. */
const daysMatching = (pattern: RegExp): number[] => days.filter((d) => pattern.test(allText(d))).map((d) => d.day);

/** Day numbers with a prompt from `chapter`. */
const daysFrom = (chapter: string): number[] =>
  days.filter((d) => PROMPT_KINDS.some((kind) => d[kind].chapter === chapter)).map((d) => d.day);

/** The self-checks' titles: a prompt may name one word for word. */
const quizTitles = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => (parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as { title: string }).title);

/** Lower-case words, apostrophes dropped, as the source-overlap check counts them. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[a-z0-9]+/g) ?? [];

/** Runs of {@link RUN} words. */
const RUN = 8;
const runs = (text: string): string[] => {
  const w = words(text);
  return w.slice(0, Math.max(w.length - RUN + 1, 0)).map((_, i) => w.slice(i, i + RUN).join(' '));
};

/** Every run of {@link RUN} words in the chapters. */
const chapterRuns = new Set(chapterSlugs.flatMap((slug) => runs(readFileSync(`content/chapters/${slug}.mdx`, 'utf8'))));

/** Words that promise a reunion, or claims the research notes say have no source. */
const BANNED = [/guarantee/i, /will come back/i, /win (them|him|her) back/i, /90\s?%/, /dopamine/i, /withdrawal peaks/i];

/** Words that blame the reader; a day about slipping must use none of them. */
const SHAMING = [
  /\bfail(ed|ing)?\b/i,
  /\bweak\b/i,
  /\bruin(ed|s)?\b/i,
  /should have known/i,
  /\bpathetic\b/i,
  /\bstupid\b/i,
  /\bblew it\b/i,
  /\bsquare one\b/i,
  /\bno excuse/i,
  /\bgive up on yourself/i,
];

/** A day that speaks of slipping: getting back in touch, and starting the count again. */
const SLIP = /\bslip|start (the count )?again|begin again/i;

describe(PLAN_FILE, () => {
  it('passes the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has exactly 60 days, day 1 to day 60 in order', () => {
    expect(days.map((d) => d.day)).toEqual(Array.from({ length: PLAN_LENGTH }, (_, i) => i + 1));
    expect(PLAN_LENGTH).toBe(60);
  });

  it('links every prompt to a chapter that exists', () => {
    expect(checkPlanChapters(days, chapterSlugs)).toEqual([]);
    for (const day of days) {
      for (const kind of PROMPT_KINDS) expect(existsSync(`content/chapters/${day[kind].chapter}.mdx`), `day ${day.day} ${kind}`).toBe(true);
    }
  });

  it('draws on every chapter of the guide', () => {
    expect(chapterSlugs.filter((slug) => daysFrom(slug).length === 0)).toEqual([]);
  });

  it('has no empty prompt, and keeps each within its limit', () => {
    for (const day of days) {
      for (const kind of PROMPT_KINDS) {
        const { text } = day[kind];
        expect(text.trim().length, `day ${day.day} ${kind}`).toBeGreaterThan(10);
        expect(text.length, `day ${day.day} ${kind}`).toBeLessThanOrEqual(PROMPT_MAX_LENGTH[kind]);
      }
    }
  });

  it('is written in its own words: no run of eight words from a chapter, beyond naming a self-check', () => {
    for (const day of days) {
      for (const kind of PROMPT_KINDS) {
        const text = quizTitles.reduce((t, title) => t.replaceAll(title, ' '), day[kind].text);
        expect(
          runs(text).filter((run) => chapterRuns.has(run)),
          `day ${day.day} ${kind}`,
        ).toEqual([]);
      }
    }
  });

  it('repeats no prompt', () => {
    const texts = days.flatMap((d) => PROMPT_KINDS.map((kind) => d[kind].text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps every writing prompt short, structured and time-limited: a question or a sentence to finish, with its minutes', () => {
    for (const { day, write } of days) {
      expect(write.text, `day ${day}`).toMatch(/\b(two|three|five|ten) minutes\b/i);
      expect(write.text, `day ${day}`).toMatch(/\?|…/);
    }
  });

  it('never promises a reunion or repeats an unsourced claim', () => {
    for (const day of days) for (const pattern of BANNED) expect(allText(day), `day ${day.day}`).not.toMatch(pattern);
  });

  it('speaks of slips on several days, from day 1 to the last weeks, and never shames', () => {
    const slipDays = daysMatching(SLIP);
    expect(slipDays).toContain(1);
    expect(slipDays.length).toBeGreaterThanOrEqual(6);
    expect(slipDays.some((d) => d > 45)).toBe(true);
    for (const day of days.filter((d) => slipDays.includes(d.day))) {
      for (const pattern of SHAMING) expect(allText(day), `day ${day.day}`).not.toMatch(pattern);
    }
  });

  it('never blames the reader on any day', () => {
    for (const day of days) for (const pattern of SHAMING) expect(allText(day), `day ${day.day}`).not.toMatch(pattern);
  });

  it('follows the stages: the first plan day of each draws on its chapter, and from day 2 on "What\'s happening" does', () => {
    for (const stage of stages(PLAN_LENGTH)) {
      const first = days[Math.max(stage.startDay, 1) - 1]!;
      expect(daysFrom(stage.chapter), stage.id).toContain(first.day);
      if (stage.startDay >= 2) expect(first.happening.chapter, stage.id).toBe(stage.chapter);
    }
  });

  it('brings up reaching out and the readiness self-check only from day 30', () => {
    expect(daysFrom('reaching-out')[0]).toBe(30);
    expect(daysMatching(/ready to end no contact|readiness self-check/i)[0]).toBe(30);
  });

  it('keeps dating and jealousy for after day 30, and stopping waiting for the last ten days', () => {
    expect(Math.min(...daysFrom('jealousy'))).toBeGreaterThan(30);
    expect(Math.min(...daysFrom('when-to-stop-waiting'))).toBeGreaterThan(PLAN_LENGTH - 10);
  });

  it('comes back to if-they-get-in-touch-first in the middle of the plan', () => {
    expect(daysFrom('if-they-get-in-touch-first').filter((d) => d >= 20 && d <= 45).length).toBeGreaterThanOrEqual(3);
  });

  it('looks after the basics (sleep, food, the phone) every week', () => {
    const care = daysFrom('looking-after-yourself');
    for (let week = 0; week < Math.ceil(PLAN_LENGTH / 7); week++) {
      expect(
        care.some((d) => d > week * 7 && d <= (week + 1) * 7),
        `week ${week + 1}`,
      ).toBe(true);
    }
  });

  it('says plainly, with a link to help, that after abuse, threats, stalking, a court order or a request for no contact, reconnecting is not the goal', () => {
    const safety = days.filter((d) => /abuse|hurt, threatened|threats|stalking|court order/i.test(allText(d)));
    expect(safety.length).toBeGreaterThanOrEqual(2);
    expect(safety.some((d) => d.day <= 7)).toBe(true);
    expect(safety.some((d) => d.day >= 30 && d.day <= 35)).toBe(true);
    for (const day of safety) {
      expect(day.help, `day ${day.day}`).toBe('danger');
      expect(allText(day), `day ${day.day}`).toMatch(/never (to )?(hear from|be contacted|contact)/i);
    }
  });

  it('points to a doctor or counsellor, with a link to help, when low mood lasts', () => {
    const struggling = days.filter((d) => /doctor|counsellor/i.test(allText(d)));
    expect(struggling.map((d) => d.day)).toContain(14);
    for (const day of struggling) expect(day.help, `day ${day.day}`).toBe('struggling');
  });

  it('links help only from days that speak of it', () => {
    for (const day of days.filter((d) => d.help !== undefined)) {
      const pattern = day.help === 'struggling' ? /doctor|counsellor/i : /abuse|threat|court order|safety/i;
      expect(allText(day), `day ${day.day}`).toMatch(pattern);
    }
  });

  it('marks the checkpoints at days 30 and 45, and ends on day 60 with both paths open', () => {
    expect(days[29]!.happening.text).toMatch(/^Day 30/);
    expect(days[44]!.happening.text).toMatch(/^Day 45/);
    const last = days[PLAN_LENGTH - 1]!;
    expect(last.happening.text).toMatch(/no-contact period/);
    expect(last.happening.text).toMatch(/their choice stays theirs/);
    expect(allText(last)).toMatch(/is a choice too/);
  });

  it('presents moving on as a good outcome', () => {
    expect(daysMatching(/good ending|good outcome/i).length).toBeGreaterThanOrEqual(1);
  });
});
