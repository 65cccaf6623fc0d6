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

/** What an import may contain: for each storage key, whether a stored text is valid and what to call it. */
export interface ImportRules {
  /** Plain-language name of the item at `key`, or undefined for a key this site does not know. */
  label(key: string): string | undefined;
  /** True when `value` is a well-formed value for `key`. */
  valid(key: string, value: string): boolean;
}

/** The outcome of reading an import file: the items to store, or one message for the reader. */
export type ImportResult = { ok: true; items: Record<string, string> } | { ok: false; error: string };

/** The largest file accepted, in characters. */
const MAX_IMPORT_LENGTH = 2_000_000;

/**
 * Reads an export file. Never throws. Rejects, with one plain message and
 * nothing to store: text that is not JSON, a file from another program, a
 * newer format version, an unknown item, or any damaged item.
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
  for (const [key, value] of Object.entries(items)) {
    const label = rules.label(key);
    if (!label)
      return { ok: false, error: `This file holds something this site does not know (${key.slice(0, 60)}). Nothing was changed.` };
    if (typeof value !== 'string' || !rules.valid(key, value)) {
      return { ok: false, error: `This file is damaged: “${label}” cannot be read. Nothing was changed.` };
    }
    clean[key] = value;
  }
  return { ok: true, items: clean };
}

/** A size for people: "86 bytes", "1.2 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Bytes a stored text takes (UTF-16, as browsers count storage). */
export function storedSize(key: string, value: string): number {
  return (key.length + value.length) * 2;
}
