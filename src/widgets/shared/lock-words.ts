/** What the passcode lock protects and what it does not: the unlock screen and /your-data/ both say it. */
export const LOCK_LIMITS =
  'The lock protects what you saved from someone who opens this browser’s storage or picks up this device while the site is locked. It cannot hide what is on the screen while it is unlocked, protect a device that has spyware on it, or bring back a forgotten passcode.';
