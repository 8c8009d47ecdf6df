/**
 * An instrument's own text, as a legal or treaty database shows it: a title line naming the instrument near the
 * top, then a status line saying it entered into force ("Вступило в силу 19 марта 2025 года", "Entry into force:
 * 1 July 2025"). That instrument is in force from that date, about the track its text governs.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { CommitmentHit, DateHit, Span } from "../types";
import type { Cue, Form } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";
import { daysBetween } from "./calendar";

/** How far into a text (characters) a document's header runs. */
const HEADER_CHARS = 400;
/** A title line is at most this long (characters). */
const TITLE_LINE = 200;
/** The entry-into-force date follows its status words this closely (characters). */
const DATE_REACH = 40;

/** The line around a span: [start, end) in the text. */
function lineOf(doc: MatchDoc, span: Span): { start: number; end: number } {
  const start = doc.text.lastIndexOf("\n", span.start - 1) + 1;
  const end = doc.text.indexOf("\n", span.end);
  return { start, end: end < 0 ? doc.text.length : end };
}

/** The instrument a document's header says is in force, if any. */
export function headerInstrument(
  doc: MatchDoc,
  forms: readonly LexiconMatch<Form>[],
  cues: readonly LexiconMatch<Cue>[],
  dates: readonly DateHit[],
  tracks: readonly Subject[],
  publishedOn: string | undefined,
): CommitmentHit | undefined {
  const cue = cues.find((c) => c.data === "in_force" && c.span.end <= HEADER_CHARS);
  if (!cue) return undefined;
  const date = dates.find(
    (d) =>
      d.role === "entry-into-force" &&
      !d.future &&
      d.span &&
      d.span.start >= cue.span.end &&
      d.span.start - cue.span.end <= DATE_REACH,
  );
  if (!date) return undefined;
  // The title: a line before the status line that opens with the instrument's form word.
  const form = forms.find((f) => {
    const line = lineOf(doc, f.span);
    return (
      line.end <= cue.span.start &&
      line.end - line.start <= TITLE_LINE &&
      !/\p{L}/u.test(doc.text.slice(line.start, f.span.start))
    );
  });
  if (!form) return undefined;
  const title = lineOf(doc, form.span);
  const track =
    tracks.find((t) => !t.instrument && t.span.start >= title.start && t.span.end <= title.end) ??
    tracks.find((t) => !t.instrument && t.agreementTrack);
  // An entry into force still ahead of publication: signed now, in force later.
  const ahead = publishedOn !== undefined && daysBetween(publishedOn, date.date) > 0;
  const statusEnd = lineOf(doc, cue.span).end;
  const hit: CommitmentHit = {
    kind: form.data.kind,
    status: ahead ? "signed" : "in_force",
    sector: track?.sector ?? "political-dialogue",
    title: !track
      ? form.data.title
      : track.agreementTrack && form.data.legalForm === "agreement"
        ? track.title
        : `${form.data.title}: ${track.title}`,
    legalForm: form.data.legalForm,
    effectiveOn: date.date,
    quote: { start: title.start, end: statusEnd, text: doc.text.slice(title.start, statusEnd) },
    confidence: 0.85,
  };
  if (track) hit.track = track.track;
  return hit;
}
