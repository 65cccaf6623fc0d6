/**
 * Every key this site writes to the device's storage: namespaced ("atb:" for
 * After the Breakup) and versioned, so a future format can migrate or ignore
 * old data. The theme key is also read by the inline no-flash script in
 * `BaseLayout.astro`.
 */
export const STORAGE_KEYS = {
  /** "light" | "dark"; absent means "follow the system". */
  theme: 'atb:v1:theme',
  /** JSON array of chapter slugs the reader has finished. */
  readChapters: 'atb:v1:read-chapters',
  /** Slug of the chapter the reader opened last. */
  lastChapter: 'atb:v1:last-chapter',
  /** JSON no-contact plan: last contact date, length, slips. */
  noContactPlan: 'atb:v1:no-contact-plan',
  /** JSON list of unsent messages written on the pad. */
  unsentMessages: 'atb:v1:unsent-messages',
  /** Start time (ms since epoch) of a running 10-minute pause. */
  pauseStartedAt: 'atb:v1:pause-started-at',
  /** JSON map: storage key → the date it was first saved, for the your-data page. */
  since: 'atb:v1:since',
} as const;

/** Every key of this site starts with this. */
export const NAMESPACE = 'atb:';

/** Prefix of the per-quiz keys: `atb:v1:quiz:<quiz id>` holds that quiz's answers (JSON). */
export const QUIZ_KEY_PREFIX = 'atb:v1:quiz:';

/** The storage key of one quiz's answers. */
export function quizKey(quizId: string): string {
  return `${QUIZ_KEY_PREFIX}${quizId}`;
}

/** One of the keys above. */
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
