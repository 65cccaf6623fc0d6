import { atom, onMount } from 'nanostores';

/**
 * Whether the browser has promised to keep this site's storage until the
 * reader clears it: 'granted', 'not-granted' (it may clear it when space runs
 * low, or, in Safari, after seven days without a visit), 'unsupported', or
 * 'unknown' until it answers. Asked for when the reader first saves something
 * (./stored); read here while mounted.
 */
export const $persistence = atom<'unknown' | 'granted' | 'not-granted' | 'unsupported'>('unknown');

onMount($persistence, () => {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) {
    $persistence.set('unsupported');
    return;
  }
  storage.persisted().then(
    (granted) => $persistence.set(granted ? 'granted' : 'not-granted'),
    () => $persistence.set('unsupported'),
  );
});
