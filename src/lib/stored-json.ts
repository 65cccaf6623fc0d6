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

/**
 * True when two parsed JSON values hold the same data, whatever the order of
 * object keys or of array entries (arrays are compared as multisets): what
 * makes a pretty-printed or reordered stored text the same as the one this
 * site writes.
 */
export function sameJsonContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// One text per content: object keys sorted, array entries sorted by their own canonical text.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).sort().join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
