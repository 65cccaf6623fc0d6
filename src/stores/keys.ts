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
} as const;

/** One of the keys above. */
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
