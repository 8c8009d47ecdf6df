/**
 * What a report's commitments are read from: the tracks it names (each a possible subject of an instrument) and
 * the instruments of its own names (a visa-exemption agreement), each with its sector, kind and form; and the
 * bucketing of any matches by the sentence that holds them, so that each sentence is looked at once.
 */
import { toThePress } from "./commitment-medium";
import type { Lexicon, LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import type { Instrument } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";
import { type TrackInfo, trackInfo } from "./sectors";

/** The subjects of a report: its track matches, then the instruments the instrument lexicon names. */
export function subjectsOf(
  doc: MatchDoc,
  trackMatches: readonly LexiconMatch<TrackInfo>[],
  instruments: Lexicon<Instrument>,
): Subject[] {
  return [
    // A statement made to the press is no instrument of a track ("una declaración conjunta ante la prensa").
    ...trackMatches
      .filter((m) => !toThePress(doc, m.span))
      .map((m) => ({
        track: m.data.slug,
        sector: m.data.sector,
        kind: m.data.kind,
        title: m.data.title,
        agreementTrack: m.data.kind === "agreement",
        match: m,
        span: m.span,
      })),
    ...instruments
      .match(doc)
      .filter((m) => !toThePress(doc, m.span))
      .map((m) => ({
        track: m.data.track,
        sector: trackInfo(m.data.track)?.sector ?? "",
        kind: m.data.kind,
        title: m.data.title,
        instrument: m.data.legalForm,
        agreementTrack: false,
        match: m,
        span: m.span,
      })),
  ];
}

/** Items bucketed by the start of the sentence that wholly holds them (an item across two sentences is left out). */
export function bucketBySentence<T extends { span: Span }>(doc: MatchDoc, items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const s = sentenceAt(doc, item.span.start);
    if (!s || item.span.end > s.end) continue;
    const list = out.get(s.start);
    if (list) list.push(item);
    else out.set(s.start, [item]);
  }
  return out;
}
