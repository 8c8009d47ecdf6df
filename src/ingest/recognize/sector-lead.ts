/**
 * Where a report's lead ends, for sectors: a field named there counts on its own. The lead of the dates and places,
 * taking one more sentence while it is very short or ends as a headline does, and the story's first sentence after a
 * date line that follows a headline and its standfirst.
 */
import type { MatchDoc } from "../match/normalize";
import { leadOf } from "./event-date";

/** A lead shorter than this (a kicker, a one-line headline left in the text) takes the next sentence too. */
const LEAD_MIN_CHARS = 60;
/** A line that ends without a full stop is a kicker or a headline, not the lead's sentence. */
const UNFINISHED = /[^.!?…»"”)\s]\s*$/u;

/**
 * Where the lead ends: the lead of the dates and places, taking one more sentence (twice at most) while it is very
 * short or ends as a headline does, without a full stop.
 */
export function sectorLeadEnd(doc: MatchDoc): number {
  const lead = leadOf(doc);
  let end = lead.leadEnd;
  const short = () => end - lead.datelineEnd < LEAD_MIN_CHARS || UNFINISHED.test(doc.text.slice(lead.datelineEnd, end));
  for (let i = 0; i < 2 && short(); i++) {
    const next = doc.sentences.find((s) => s.start >= end);
    if (!next) break;
    end = next.end;
  }
  return afterDateLine(doc, end);
}

/** A line that is nothing but a date or a time stamp ("05 апр 2024, 15:32", "19.06.2014 - Artikel"). */
const DATE_LINE = /^[^\n\p{L}]*(?:\p{L}+[^\n\p{L}]*){0,4}$/u;
/** How far after the lead a date line may stand (a blank line or two). */
const DATE_LINE_REACH = 6;

/**
 * A headline and its standfirst may stand before the story's date line; the story's own lead is the first sentence
 * after that line ("…на уровне регионов.\n\n05 апр 2024, 15:32\nВ Душанбе 4 апреля прошли переговоры…"), which
 * joins the lead.
 */
function afterDateLine(doc: MatchDoc, end: number): number {
  const rest = doc.text.slice(end, end + 80);
  const gap = rest.length - rest.trimStart().length;
  if (gap > DATE_LINE_REACH || !/\n/.test(rest.slice(0, gap + 1))) return end;
  const lineEnd = rest.indexOf("\n", gap);
  if (lineEnd < 0) return end;
  const line = rest.slice(gap, lineEnd);
  if (!/\d{4}|\d{1,2}:\d{2}/.test(line) || !DATE_LINE.test(line)) return end;
  const next = doc.sentences.find((s) => s.start >= end + lineEnd);
  return next ? next.end : end;
}
