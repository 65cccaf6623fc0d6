import {
  checkMessage,
  newMessage,
  PAD_STATUS,
  PAUSE_STARTED_AT,
  UNSENT_MESSAGES,
  withMessage,
  withoutMessages,
  type UnsentMessage,
} from '~/lib/unsent';
import { persistentItem } from '~/stores/stored';
import { updateItem } from '~/stores/update';

/** Messages written instead of sent, newest first. Kept on this device only. */
export const $unsentMessages = persistentItem(UNSENT_MESSAGES);

/** When the current 10-minute pause started (ms since epoch), or 0 when none runs. */
export const $pauseStartedAt = persistentItem(PAUSE_STARTED_AT);

/** A new unique id for a message or a reason. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** What {@link keepUnsent} did, and the sentence to tell the reader. */
export interface KeepOutcome {
  /** Whether the message is now on the pad. */
  saved: boolean;
  /** One of {@link PAD_STATUS}: that it was saved, or why nothing was. */
  status: string;
}

/**
 * Keeps `text` on the pad when {@link checkMessage} allows it; blank or
 * over-long text leaves the pad as it was. Another tab saving at the same
 * moment keeps its message too. Never throws: an invalid `now` counts as blank.
 */
export function keepUnsent(text: string, now: Date = new Date()): KeepOutcome {
  const problem = checkMessage(text);
  if (problem !== undefined) return { saved: false, status: problem };
  if (Number.isNaN(now.getTime())) return { saved: false, status: PAD_STATUS.blank };
  const message = newMessage(text, now, newId());
  updateItem(UNSENT_MESSAGES, (list) => withMessage(list, message));
  return { saved: true, status: PAD_STATUS.saved };
}

/** Deletes one message from the pad, in every tab, even one saving at the same moment. */
export function deleteUnsent(id: string): void {
  updateItem(UNSENT_MESSAGES, (list) => withoutMessages(list, new Set([id])));
}

/** Puts a deleted message back exactly as it was (its id, time and text), in every tab. */
export function restoreUnsent(message: UnsentMessage): void {
  updateItem(UNSENT_MESSAGES, (list) => withMessage(list, message));
}

/** Deletes every message the pad shows now; one another tab saves at the same moment is kept. */
export function deleteAllUnsent(): void {
  const ids = new Set($unsentMessages.get().map((m) => m.id));
  updateItem(UNSENT_MESSAGES, (list) => withoutMessages(list, ids));
}

/** Starts the 10-minute pause at `now` (ms since the epoch). @returns `now`, the start it stored. */
export function startPause(now: number = Date.now()): number {
  $pauseStartedAt.set(now);
  return now;
}

/**
 * A pause whose start is later than `now` (the clock went back, or another
 * device's time) starts again at `now`, so it counts down instead of
 * standing at 10:00.
 */
export function settlePause(now: number = Date.now()): void {
  if ($pauseStartedAt.get() > now) $pauseStartedAt.set(now);
}

/** Stops the pause. */
export function stopPause(): void {
  $pauseStartedAt.set(0);
}
