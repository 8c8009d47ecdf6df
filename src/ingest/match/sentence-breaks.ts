/**
 * Breaks that cut a sentence in a page's text, for the sentence splitter of normalize.ts: a stray paragraph break,
 * and the line breaks of a text hard-wrapped at a fixed width.
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

/** A wrapped line is at least this long (a headline or a menu entry is shorter) and at most this long. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;
/** A text is hard-wrapped when at least this many lines break mid-sentence before a lower-case word. */
const WRAPS_BEFORE_LOWER = 3;
/** What ends a line that is no wrapped sentence: a stop, a colon, a closing quote or bracket. */
const LINE_CLOSED = /[.!?؟…:;"»”)]\s*$/u;
/** A list item opens with a dash, a bullet or a number. */
const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,2}[.)]|\d{1,2}\s?[-–—ـ])\s/u;

const wrappedLine = (line: string) => line.length >= WRAP_MIN && line.length <= WRAP_MAX && !LINE_CLOSED.test(line);

/**
 * Whether a text is hard-wrapped at a fixed width, as some aggregators and e-mail feeds relay wire copy: several
 * lines of a line's width break off mid-sentence right before a lower-case word ("signed an⏎agreement").
 */
export function hardWrapped(text: string): boolean {
  const lines = text.split("\n");
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (wrappedLine(lines[i] ?? "") && /^\p{Ll}/u.test(lines[i + 1] ?? "")) lower++;
    if (lower >= WRAPS_BEFORE_LOWER) return true;
  }
  return false;
}

/**
 * Whether the single line break at `at` of a hard-wrapped text goes on with the same sentence: the line before is
 * of a wrapped line's width and unclosed, and the next line opens no list item ("his⏎Peruvian counterpart").
 */
export function wrapsAt(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const nextEnd = text.indexOf("\n", at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd);
  return wrappedLine(line) && next.trim().length > 0 && !LIST_ITEM.test(next);
}
