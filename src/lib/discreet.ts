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

/** The tab title of every page in discreet mode. */
export const DISCREET_TITLE = 'Notes';

/** The name of an export file made on `date` ('YYYY-MM-DD'): neutral in discreet mode. */
export function exportFileName(date: string, discreet: boolean): string {
  return `${discreet ? 'notes' : 'after-the-breakup'}-${date}.json`;
}
