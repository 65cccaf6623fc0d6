import { BACKUP_REMINDER } from './backup-reminder';
import { CHECK_INS } from './check-ins';
import { DISCREET } from './discreet';
import { NO_CONTACT_PLAN } from './no-contact-plan';
import { QUIZ_HISTORY } from './quiz-history';
import { QUIZ_ANSWERS } from './quiz-progress';
import { REASONS } from './reasons';
import { LAST_CHAPTER, READ_CHAPTERS } from './read-progress';
import type { AnyStoredFamily } from './stored-family';
import { SINCE, type AnyStoredItem } from './stored-item';
import { THEME } from './theme';
import { PAUSE_STARTED_AT, UNSENT_MESSAGES } from './unsent';

// Each item is declared beside its codec; this is the one list of them all.
// Adding a stored item: declare it with defineStoredItem beside its codec,
// add it here, and give its widget a store made with persistentItem().

/** Every stored item this site writes, one per key. */
export const STORED_ITEMS: readonly AnyStoredItem[] = [
  THEME,
  DISCREET,
  READ_CHAPTERS,
  LAST_CHAPTER,
  NO_CONTACT_PLAN,
  CHECK_INS,
  UNSENT_MESSAGES,
  PAUSE_STARTED_AT,
  REASONS,
  QUIZ_HISTORY,
  BACKUP_REMINDER,
  SINCE,
];

/** Every family of stored items (one item per id). */
export const STORED_FAMILIES: readonly AnyStoredFamily[] = [QUIZ_ANSWERS];
