/**
 * Lines atop a text that head it rather than tell the news: a page's date line, a kicker, a headline, a wire's
 * credit line ("QUITO/AFP"), each a short line of its own with no closing stop.
 */
import type { MatchDoc, Sentence } from "../match/normalize";
import { datelineOfDoc } from "./dateline";

/** How many lines atop a text may be headings (a date line, a kicker, a headline), and how long each may be. */
export const HEADING_LINES = 3;
const HEADING_LINE = 160;

/** Whether a sentence is a line of its own that ends in no stop: the page's date line, a headline, a kicker. */
export function isHeadingLine(doc: MatchDoc, s: { start: number; end: number }): boolean {
  const text = doc.text.slice(s.start, s.end).trim();
  const lineStart = doc.text.lastIndexOf("\n", s.start - 1) + 1;
  const next = doc.text.indexOf("\n", s.end);
  const line = doc.text.slice(lineStart, next < 0 ? doc.text.length : next).trim();
  return line === text && text.length <= HEADING_LINE && !/[.!?…:;»"”)]$/.test(text);
}

/** Whether a sentence is the dateline alone ("MOSCOW, March 6." before "Russia and Venezuela…", "LIMA."). */
function isDatelineOnly(doc: MatchDoc, s: Sentence): boolean {
  const dateline = datelineOfDoc(doc);
  return !!dateline && s.start >= dateline.start && doc.text.slice(dateline.end, s.end).trim() === "";
}

/**
 * The first sentence of prose from `from` on (the text's first sentence by default), past at most HEADING_LINES
 * heading lines ("QUITO/AFP", "Redacción", a kicker) or a dateline that is a sentence of its own; the last sentence
 * stands as prose whatever it looks like.
 */
export function firstProse(doc: MatchDoc, from: Sentence | undefined = doc.sentences[0]): Sentence | undefined {
  if (!from) return undefined;
  let i = doc.sentences.indexOf(from);
  if (i < 0) return from;
  for (let n = 0; n < HEADING_LINES && i < doc.sentences.length - 1; n++) {
    const s = doc.sentences[i] ?? from;
    if (!isHeadingLine(doc, s) && !isDatelineOnly(doc, s)) break;
    i++;
  }
  return doc.sentences[i];
}

/** Where a text's first sentence of prose ends: the lead, whatever heads it. */
export function firstProseEnd(doc: MatchDoc): number {
  return firstProse(doc)?.end ?? 0;
}
