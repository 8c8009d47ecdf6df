/**
 * Text from a source (a feed item, a posted article) made safe to store and show: control characters
 * stripped and bidirectional formatting kept from leaking past the text it came with.
 */

// C0 controls except tab (09) and newline (0A), DEL, and C1 controls. CR is handled first (line ends).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): an RLO can make "exe.txt" read "txt.exe". */
const EMBEDDINGS = /[\u202A-\u202E]/g;
const ISOLATE_OPEN = new Set(["\u2066", "\u2067", "\u2068"]);
const ISOLATE_CLOSE = "\u2069";

/**
 * Strips C0/C1 controls (keeping tab and newline; CR and CRLF become newline), removes bidi embeddings and
 * overrides, and balances bidi isolates (stray closers dropped, open ones closed at the end), so no text can
 * reorder what is displayed after it.
 */
export function cleanText(text: string): string {
  const plain = text.replace(/\r\n?/g, "\n").replace(CONTROLS, "").replace(EMBEDDINGS, "");
  if (!/[\u2066-\u2069]/.test(plain)) return plain;
  let depth = 0;
  let out = "";
  for (const ch of plain) {
    if (ISOLATE_OPEN.has(ch)) depth++;
    else if (ch === ISOLATE_CLOSE) {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out + ISOLATE_CLOSE.repeat(depth);
}

/**
 * Cuts a text to at most `max` characters without splitting a surrogate pair, marking the cut with "..."
 * (ASCII: the pipeline's NFKC would turn "…" into three characters and past the limit).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}
