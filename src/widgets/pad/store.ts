import { addMessage, checkMessage, deleteMessage, PAD_STATUS, PAUSE_STARTED_AT, UNSENT_MESSAGES } from '~/lib/unsent';
import { persistentItem } from '~/stores/stored';

/** Messages written instead of sent, newest first. Kept on this device only. */
export const $unsentMessages = persistentItem(UNSENT_MESSAGES);

/** When the current 10-minute pause started (ms since epoch), or 0 when none runs. */
export const $pauseStartedAt = persistentItem(PAUSE_STARTED_AT);

function newId(): string {
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
 * over-long text leaves the pad as it was.
 * @throws RangeError only when `now` is an invalid Date.
 */
export function keepUnsent(text: string, now: Date = new Date()): KeepOutcome {
  const problem = checkMessage(text);
  if (problem !== undefined) return { saved: false, status: problem };
  $unsentMessages.set(addMessage($unsentMessages.get(), text, now, newId()));
  return { saved: true, status: PAD_STATUS.saved };
}

/** Deletes one message from the pad. */
export function deleteUnsent(id: string): void {
  $unsentMessages.set(deleteMessage($unsentMessages.get(), id));
}

/** Deletes every message on the pad. */
export function deleteAllUnsent(): void {
  $unsentMessages.set([]);
}

/** Starts the 10-minute pause at `now` (ms since the epoch). @returns `now`, the start it stored. */
export function startPause(now: number = Date.now()): number {
  $pauseStartedAt.set(now);
  return now;
}

/** Stops the pause. */
export function stopPause(): void {
  $pauseStartedAt.set(0);
}
