import { isIsoDate, type IsoDate } from './calendar-date';
import { isRecord, parseStored } from './stored-json';
import { defineStoredItem, plural } from './stored-item';

// The results of finished self-checks: the day and the band only, never the
// answers, so that the history says no more than "Not yet" on a date.

/** One finished attempt at a quiz: the local day it was finished and the id of the band it gave. */
export interface Attempt {
  date: IsoDate;
  band: string;
}

/** Quiz id → its attempts, oldest first. */
export type QuizHistory = Readonly<Record<string, readonly Attempt[]>>;

/** The most attempts kept per quiz; an older one is dropped for each new one. */
export const MAX_ATTEMPTS = 10;

/** The most quizzes a stored history may hold (the site has three). */
export const MAX_QUIZZES = 20;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 60 && ID.test(value);

function decodeAttempt(value: unknown): Attempt | undefined {
  if (!isRecord(value)) return undefined;
  const { date, band } = value;
  return isIsoDate(date) && isId(band) ? { date, band } : undefined;
}

/**
 * Reads a stored history. Never throws: damaged JSON gives an empty history; a
 * malformed quiz id or attempt is dropped; each quiz keeps its latest
 * {@link MAX_ATTEMPTS}, and at most {@link MAX_QUIZZES} quizzes are read.
 */
export function decodeQuizHistory(text: string | undefined): QuizHistory {
  const raw = parseStored(text);
  if (!isRecord(raw)) return {};
  const history: Record<string, Attempt[]> = {};
  for (const [id, list] of Object.entries(raw).slice(0, MAX_QUIZZES)) {
    if (!isId(id) || !Array.isArray(list)) continue;
    const attempts = list.flatMap((v) => decodeAttempt(v) ?? []).slice(-MAX_ATTEMPTS);
    if (attempts.length > 0) history[id] = attempts;
  }
  return history;
}

/** The history as JSON, quiz ids in order; undefined (nothing to store) when it holds no attempt. */
export function encodeQuizHistory(history: QuizHistory): string | undefined {
  const ids = Object.keys(history)
    .filter((id) => (history[id]?.length ?? 0) > 0)
    .sort();
  if (ids.length === 0) return undefined;
  return JSON.stringify(Object.fromEntries(ids.map((id) => [id, history[id]!.map(({ date, band }) => ({ date, band }))])));
}

/** `history` with `attempt` added last to quiz `quizId`, keeping the latest {@link MAX_ATTEMPTS}. */
export function withAttempt(history: QuizHistory, quizId: string, attempt: Attempt): QuizHistory {
  return { ...history, [quizId]: [...(history[quizId] ?? []), attempt].slice(-MAX_ATTEMPTS) };
}

/** `history` without quiz `quizId`'s attempts; the same history when it has none. */
export function withoutQuiz(history: QuizHistory, quizId: string): QuizHistory {
  if (!(quizId in history)) return history;
  const next = { ...history };
  delete next[quizId];
  return next;
}

/** "3 Nov", or "3 Nov 2025" outside `today`'s year, in `locale` (the reader's own when undefined); "today" for `today`. */
export function attemptDate(date: IsoDate, today: IsoDate, locale?: string): string {
  if (date === today) return 'today';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(date.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/**
 * The history line under a result: "Earlier: 3 Nov — Not yet; today — Almost",
 * oldest first, each attempt by its date ({@link attemptDate}) and band title.
 * Attempts whose band `titles` does not know (a quiz file changed since) are
 * left out. Undefined with fewer than two attempts left: there is nothing earlier to show.
 */
export function historyLine(
  attempts: readonly Attempt[],
  titles: Readonly<Record<string, string>>,
  today: IsoDate,
  locale?: string,
): string | undefined {
  const known = attempts.filter((a) => titles[a.band] !== undefined);
  if (known.length < 2) return undefined;
  return `Earlier: ${known.map((a) => `${attemptDate(a.date, today, locale)} — ${titles[a.band]}`).join('; ')}`;
}

/** Titles of a quiz and of its result bands, as the page knows them. */
export interface QuizTitles {
  title: string;
  /** Band id → band title. */
  bands: Readonly<Record<string, string>>;
}

/** The reader's most recent self-check result, named for the reader. */
export interface LatestResult {
  quizId: string;
  quizTitle: string;
  bandTitle: string;
  date: IsoDate;
}

/**
 * The most recent finished self-check across all quizzes: the latest date
 * wins; on the same day, the attempt stored last for its quiz, and between
 * quizzes the one first in `quizzes`. Attempts of a quiz or band `quizzes`
 * does not know (changed since) are skipped. Undefined when none is left.
 */
export function latestResult(history: QuizHistory, quizzes: Readonly<Record<string, QuizTitles>>): LatestResult | undefined {
  let latest: LatestResult | undefined;
  for (const [quizId, titles] of Object.entries(quizzes)) {
    for (const { date, band } of history[quizId] ?? []) {
      const bandTitle = titles.bands[band];
      if (bandTitle === undefined || (latest && date < latest.date) || (latest && date === latest.date && latest.quizId !== quizId))
        continue;
      latest = { quizId, quizTitle: titles.title, bandTitle, date };
    }
  }
  return latest;
}

/** The day and band of each finished self-check, per quiz; never the answers. */
export const QUIZ_HISTORY = defineStoredItem<QuizHistory>({
  name: 'quiz-history',
  version: 1,
  initial: {},
  decode: decodeQuizHistory,
  encode: encodeQuizHistory,
  label: 'Your self-check results',
  summary: (history) =>
    plural(
      Object.values(history).reduce((n, list) => n + list.length, 0),
      'result',
    ),
});
