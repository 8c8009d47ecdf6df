/** XML text escaping for the Atom feed: the five predefined entities, and characters XML 1.0 forbids dropped. */

// XML 1.0 §2.2: only tab, LF, CR and U+0020 upwards (minus surrogates and U+FFFE/U+FFFF) may appear.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content and attribute values alike. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
