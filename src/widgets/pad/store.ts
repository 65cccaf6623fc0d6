import { addMessage, deleteMessage, PAUSE_STARTED_AT, UNSENT_MESSAGES } from '~/lib/unsent';
import { persistentItem } from '~/stores/stored';

/** Messages written instead of sent, newest first. Kept on this device only. */
export const $unsentMessages = persistentItem(UNSENT_MESSAGES);

/** When the current 10-minute pause started (ms since epoch), or 0 when none runs. */
export const $pauseStartedAt = persistentItem(PAUSE_STARTED_AT);

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Saves a message on the pad. @throws RangeError when it is longer than the pad allows. */
export function saveUnsent(text: string, now: Date = new Date()): void {
  $unsentMessages.set(addMessage($unsentMessages.get(), text, now, newId()));
}

/** Deletes one message from the pad. */
export function deleteUnsent(id: string): void {
  $unsentMessages.set(deleteMessage($unsentMessages.get(), id));
}

/** Deletes every message on the pad. */
export function deleteAllUnsent(): void {
  $unsentMessages.set([]);
}

/** Starts the 10-minute pause now. */
export function startPause(now: number = Date.now()): void {
  $pauseStartedAt.set(now);
}

/** Stops the pause. */
export function stopPause(): void {
  $pauseStartedAt.set(0);
}
