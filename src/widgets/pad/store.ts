import { addMessage, decodeMessages, deleteMessage, encodeMessages, type UnsentMessage } from '~/lib/unsent';
import { STORAGE_KEYS } from '~/stores/keys';
import { persistentAtom } from '~/stores/persist';

/** Messages written instead of sent, newest first. Kept on this device only. */
export const $unsentMessages = persistentAtom<readonly UnsentMessage[]>(STORAGE_KEYS.unsentMessages, [], {
  encode: (list) => (list.length ? encodeMessages(list) : undefined),
  decode: decodeMessages,
});

/** When the current 10-minute pause started (ms since epoch), or 0 when none runs. */
export const $pauseStartedAt = persistentAtom<number>(STORAGE_KEYS.pauseStartedAt, 0, {
  encode: (ms) => (ms > 0 ? String(ms) : undefined),
  decode: (stored) => {
    const ms = Number(stored);
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
  },
});

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
