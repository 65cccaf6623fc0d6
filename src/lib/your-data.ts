import { formatDate, isIsoDate } from './calendar-date';
import { isRecord, parseStored } from './stored-json';

/** Identifies an export file made by this site. */
export const EXPORT_FORMAT = 'after-the-breakup/your-data';

/** The version of the export format this site writes and reads. */
export const EXPORT_VERSION = 1;

/** An export file's content. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** When the file was made, ISO 8601 (UTC). */
  exportedAt: string;
  /** Every stored item, by storage key, exactly as stored. */
  items: Record<string, string>;
}

/** Builds the export of `items` (storage key → stored text). */
export function buildExport(items: Record<string, string>, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), items: { ...items } };
}

/** What an import may contain: for each storage key, what to call it and how to read its text. */
export interface ImportRules {
  /** Plain-language name of the item at `key`, or undefined for a key this site does not know. */
  label(key: string): string | undefined;
  /** The text to store for `value` at `key` (harmless differences straightened out), or undefined when it is damaged. */
  read(key: string, value: string): string | undefined;
}

/** An item of an import file that will not be stored, and why. */
export interface SkippedItem {
  key: string;
  /** Its plain-language name, when the site knows the key. */
  label: string | undefined;
  /** 'unknown': a key this site does not know (ignored); 'damaged': a known item that cannot be read. */
  reason: 'unknown' | 'damaged';
}

/**
 * The outcome of reading an import file: the items that can be stored and
 * those left out, or one message for the reader when nothing can be used.
 */
export type ImportResult = { ok: true; items: Record<string, string>; skipped: SkippedItem[] } | { ok: false; error: string };

/** The largest file accepted, in characters. */
const MAX_IMPORT_LENGTH = 2_000_000;

/**
 * Reads an export file, item by item. Never throws. One damaged item does not
 * sink the file: it is left out and listed in `skipped`, as is any key this
 * site does not know. Rejects, with one plain message and nothing to store:
 * text that is not JSON, a file from another program, a newer format version,
 * or a file none of whose items can be read.
 */
export function parseImport(text: string, rules: ImportRules): ImportResult {
  if (text.length > MAX_IMPORT_LENGTH)
    return { ok: false, error: 'This file is too large to be an export from this site. Nothing was changed.' };
  const data = parseStored(text);
  if (data === undefined) return { ok: false, error: 'This file is damaged or is not an export from this site. Nothing was changed.' };
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not an export from this site. Nothing was changed.' };
  }
  const { version, items } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This file is damaged: its version is missing. Nothing was changed.' };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer version of this site (format ${version}; this one reads ${EXPORT_VERSION}). Nothing was changed.`,
    };
  }
  if (!isRecord(items)) {
    return { ok: false, error: 'This file is damaged: it holds no items. Nothing was changed.' };
  }
  const clean: Record<string, string> = {};
  const skipped: SkippedItem[] = [];
  for (const [key, value] of Object.entries(items)) {
    const label = rules.label(key);
    const stored = label !== undefined && typeof value === 'string' ? rules.read(key, value) : undefined;
    if (stored !== undefined) clean[key] = stored;
    else skipped.push({ key, label, reason: label === undefined ? 'unknown' : 'damaged' });
  }
  if (Object.keys(clean).length === 0 && skipped.length > 0) {
    return { ok: false, error: 'Nothing in this file can be read: it is damaged or is not an export from this site. Nothing was changed.' };
  }
  return { ok: true, items: clean, skipped };
}

/** Names the damaged items of an import for the reader: “Unsent messages” and “Your no-contact plan”. */
export function damagedNames(skipped: readonly SkippedItem[]): string {
  const names = skipped.filter((s) => s.reason === 'damaged').map((s) => `“${s.label ?? s.key}”`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** How many items of an import were ignored because this site does not know them. */
export function unknownCount(skipped: readonly SkippedItem[]): number {
  return skipped.filter((s) => s.reason === 'unknown').length;
}

const KB = 1024;

/**
 * A size in KB (of 1024 bytes) for people: "0.1 KB", "1.2 KB", "14 KB". One
 * decimal under 10 KB, whole numbers above; anything stored shows as at least
 * 0.1 KB, nothing as 0 KB. Number and unit are joined by a no-break space so
 * they never part at the end of a line.
 */
export function formatBytes(bytes: number): string {
  if (bytes <= 0) return '0\u00a0KB';
  const tenths = Math.max(1, Math.round((bytes / KB) * 10));
  return `${tenths < 100 ? (tenths / 10).toFixed(1) : Math.round(bytes / KB)}\u00a0KB`;
}

/**
 * The day an item was first saved, in words: "27 November 2026"; "earlier"
 * when it is not known (saved before the site kept dates) or not a valid date.
 */
export function sinceWords(since: string | undefined): string {
  return isIsoDate(since) ? formatDate(since, { weekday: false }) : 'earlier';
}

/** Bytes a stored text takes (UTF-16, as browsers count storage). */
export function storedSize(key: string, value: string): number {
  return (key.length + value.length) * 2;
}
