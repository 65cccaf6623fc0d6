/**
 * Parses JSON read back from storage. Never throws: a missing, empty or
 * damaged value gives undefined, for the caller's decoder to turn into its
 * default.
 */
export function parseStored(encoded: string | undefined): unknown {
  if (!encoded) return undefined;
  try {
    return JSON.parse(encoded) as unknown;
  } catch {
    return undefined;
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
