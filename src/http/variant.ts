/**
 * Cache variants derived from a validated query, never written by hand: a route passes the output of its
 * query schema (plus anything else its body depends on, such as the day), so every body-changing parameter
 * is in the key and nothing else is. Hand-built variant strings once let a parameter reach a body without
 * reaching its key (the Atom self-link bug).
 */

const SAFE = /^[A-Za-z0-9_-]*$/;

function hex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** One value, ETag-safe and injective: safe text as is, other text as `.` + UTF-8 hex, arrays as `~item~item`. */
function encodeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => `~${encodeValue(item)}`).join("");
  const text = String(value);
  return SAFE.test(text) ? text : `.${hex(text)}`;
}

/**
 * The variant of a representation: the entries sorted by name, `name=value` joined by `&`; undefined values
 * are left out. Distinct queries give distinct variants, in the characters `etagFor` keeps.
 */
export function cacheVariant(query: Readonly<Record<string, unknown>>): string {
  return Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${encodeValue(value)}`)
    .join("&");
}
