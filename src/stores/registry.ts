import { decodeQuizProgress, encodeQuizProgress } from '~/lib/quiz-progress';
import { decodePlan, encodePlan } from '~/lib/no-contact-plan';
import { decodeSlugList, isSlug } from '~/lib/read-progress';
import { decodeSince } from '~/lib/safe-storage';
import { decodeMessages, encodeMessages } from '~/lib/unsent';
import { NAMESPACE, QUIZ_KEY_PREFIX, STORAGE_KEYS } from './keys';
import { storage } from './persist';
import { $theme } from './theme';

// This module works on the storage engine directly rather than through each
// store: other tabs hear every change as a storage event and their stores
// update themselves, and the your-data page (its only user) need not load the
// code of every widget. The theme is the one store shown on every page, so it
// is set here too.

/** One kind of thing the site keeps on the device, for the your-data page. */
export interface StoredItem {
  key: string;
  /** Plain-language name. */
  label: string;
  /** What the stored value holds, in a few words ("3 chapters", "day 0 on 20 October"). */
  summary: string;
  /** The stored text, exactly as kept. */
  value: string;
  /** The day it was first saved ('YYYY-MM-DD'), when known. */
  since: string | undefined;
}

interface Kind {
  label: string;
  /** True when a stored text is what this site would write (export files are checked with it). */
  valid(value: string): boolean;
  summary(value: string): string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Valid when decoding and encoding again gives the same text: what this site itself writes. */
const isRoundTrip = (encode: (v: never) => string | undefined, decode: (s: string) => unknown) => (value: string) => {
  try {
    const decoded = decode(value);
    return decoded !== undefined && encode(decoded as never) === value;
  } catch {
    return false;
  }
};

const quizTitles = new Map<string, string>();

/** Names quizzes by id, so the list can say which self-check an answer belongs to. */
export function nameQuizzes(quizzes: readonly { id: string; title: string }[]): void {
  for (const { id, title } of quizzes) quizTitles.set(id, title);
}

function kindOf(key: string): Kind | undefined {
  switch (key) {
    case STORAGE_KEYS.theme:
      return {
        label: 'Theme choice',
        valid: (v) => v === 'light' || v === 'dark',
        summary: (v) => `${v} theme`,
      };
    case STORAGE_KEYS.readChapters:
      return {
        label: 'Chapters you finished',
        valid: isRoundTrip((l: readonly string[]) => JSON.stringify(l), decodeSlugList),
        summary: (v) => plural(decodeSlugList(v).length, 'chapter'),
      };
    case STORAGE_KEYS.lastChapter:
      return {
        label: 'The chapter you opened last',
        valid: isSlug,
        summary: (v) => v.replace(/-/g, ' '),
      };
    case STORAGE_KEYS.noContactPlan:
      return {
        label: 'Your no-contact plan',
        valid: isRoundTrip(encodePlan, decodePlan),
        summary: (v) => {
          const plan = decodePlan(v);
          return plan ? `${plan.lengthDays} days from ${plan.lastContact}, ${plural(plan.slips.length, 'slip')}` : 'damaged';
        },
      };
    case STORAGE_KEYS.unsentMessages:
      return {
        label: 'Unsent messages',
        valid: isRoundTrip(encodeMessages, decodeMessages),
        summary: (v) => plural(decodeMessages(v).length, 'message'),
      };
    case STORAGE_KEYS.pauseStartedAt:
      return {
        label: 'A 10-minute pause',
        valid: (v) => /^\d{1,15}$/.test(v),
        summary: () => 'start time',
      };
  }
  if (key.startsWith(QUIZ_KEY_PREFIX)) {
    const id = key.slice(QUIZ_KEY_PREFIX.length);
    if (!isSlug(id)) return undefined;
    const title = quizTitles.get(id) ?? id.replace(/-/g, ' ');
    return {
      label: `Answers to “${title}”`,
      valid: isRoundTrip(encodeQuizProgress, decodeQuizProgress),
      summary: (v) => {
        const p = decodeQuizProgress(v);
        return `${plural(Object.keys(p.answers).length, 'answer')}${p.done ? ', result shown' : ''}`;
      },
    };
  }
  return undefined;
}

/** Keys whose values the engine manages itself, not the reader. */
const INTERNAL = new Set<string>([STORAGE_KEYS.since]);

/** Everything this site keeps on the device, in a stable order. */
export function storedItems(): StoredItem[] {
  const since = decodeSince(storage[STORAGE_KEYS.since]);
  return Object.keys(storage)
    .filter((key) => !INTERNAL.has(key))
    .sort()
    .flatMap((key) => {
      const kind = kindOf(key);
      if (!kind) return [];
      const value = storage[key] ?? '';
      return [{ key, label: kind.label, summary: kind.valid(value) ? kind.summary(value) : 'damaged: will be reset', value, since: since[key] }];
    });
}

/** Rules an import file is checked against. */
export const importRules = {
  label: (key: string) => kindOf(key)?.label,
  valid: (key: string, value: string) => kindOf(key)?.valid(value) ?? false,
};

/** Every stored item as text, for an export. */
export function exportItems(): Record<string, string> {
  return Object.fromEntries(storedItems().map((item) => [item.key, item.value]));
}

/** Erases everything this site keeps on the device; other tabs update at once. */
export function eraseEverything(): void {
  for (const key of Object.keys(storage)) if (key.startsWith(NAMESPACE)) delete storage[key];
  $theme.set('system');
}

/** Replaces what is stored with checked `items` (from parseImport). */
export function importItems(items: Record<string, string>): void {
  eraseEverything();
  for (const [key, value] of Object.entries(items)) if (kindOf(key)) storage[key] = value;
  const theme = items[STORAGE_KEYS.theme];
  if (theme === 'light' || theme === 'dark') $theme.set(theme);
}
