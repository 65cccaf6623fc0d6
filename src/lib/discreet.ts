import { defineStoredItem } from './stored-item';

/**
 * Discreet mode: a neutral tab title and icon, nothing about the plan on the
 * home page, messages and notes folded until tapped, neutral names for files.
 * Also read by the inline head script, before first paint; so it stays
 * readable while the passcode lock is on (it says only that the mode is on).
 */
export const DISCREET = defineStoredItem<boolean>({
  name: 'discreet',
  version: 1,
  initial: false,
  decode: (text) => text === 'on',
  encode: (on) => (on ? 'on' : undefined),
  label: 'Discreet mode',
  summary: (on) => (on ? 'on' : 'off'),
});
