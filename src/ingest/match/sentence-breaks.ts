/**
 * Paragraph breaks that cut a sentence in a page's text, for the sentence splitter of normalize.ts.
 */

/** A broken line this long is a sentence's first part, not a headline or a list item. */
const BROKEN_LINE = 120;
/** The part after the break is this short at most, and one sentence. */
const CONTINUATION = 160;

/**
 * Whether a paragraph break cuts one sentence (a stray break in a page's text: "…on the establishment of a
 * Bilateral⏎⏎Consultation Mechanism on September 30, 2024 at the Department of State."): the text before is a long
 * line that ends in a letter with no stop in it, and what follows is one short sentence that ends in a stop, or starts
 * in lower case.
 */
export function continues(text: string, start: number, at: number, next: number): boolean {
  const before = text.slice(start, at).trim();
  if (!/\p{L}$/u.test(before) || before.includes("\n")) return false;
  if (/^[^\S\n]*\p{Ll}/u.test(text.slice(next, next + 4))) return before.length >= 40;
  if (before.length < BROKEN_LINE || /[.!?؟…:;]/.test(before)) return false;
  const lineEnd = text.indexOf("\n", next);
  const after = text.slice(next, lineEnd < 0 ? text.length : lineEnd).trim();
  return after.length <= CONTINUATION && /[.!?]$/.test(after) && !/[.!?]\s/.test(after.slice(0, -1));
}
