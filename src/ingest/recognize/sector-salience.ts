/**
 * Which sector mentions are clear enough to count on their own. Joint statements and wire briefs name each area
 * once: "cooperation in the field of energy", "accords portant sur la pêche et le transport", "в сфере
 * рыболовства". A mention counts alone when it stands in the lead, after a cue of areas (seed/lexicons/
 * sector-cues.json) in the same clause, or in an enumeration of areas; elsewhere a sector needs more weight.
 */
import cuesData from "../../../seed/lexicons/sector-cues.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";

/** A sector word found in the text. */
export interface SectorMention {
  sector: string;
  span: Span;
}

const CUES = (cuesData as unknown as { cues: Readonly<Record<string, readonly string[]>> }).cues;
/** A cue announces the words at most this far after it ("coopération dans le domaine de la …"). */
const CUE_REACH = 45;
/** Items of an enumeration are at most this far apart ("trade, energy, agriculture and health"). */
const LIST_GAP = 30;
/** An enumeration has at least this many items, or two joined by nothing but a conjunction and articles. */
const LIST_MIN_ITEMS = 3;
/** Punctuation that ends a clause: a cue or an enumeration never reaches across it. */
const BREAK = /[.!?;:\n]/;
/** Words that may join the two items of a short enumeration: conjunctions, articles, prepositions. */
const JOINERS = new Set(
  "and or the et ou le la les l de du des à au aux y o e el los las a do da dos das ed il lo i gli und oder der die das den и или و أو في".split(
    " ",
  ),
);
/** Whether a gap holds nothing but punctuation and at most three joining words ("et au", ", la", "and"). */
function tight(gap: string): boolean {
  const words = gap
    .toLowerCase()
    .split(/[\s,&/'’]+/)
    .filter(Boolean);
  return words.length <= 3 && words.every((w) => JOINERS.has(w));
}

const cueLexicons = new Map<string, Lexicon<true>>();
/** The cue lexicon of one language (every language's when it is unknown). */
function cueLexicon(language: string | undefined): Lexicon<true> {
  const key = language && CUES[language] ? language : "*";
  let lex = cueLexicons.get(key);
  if (!lex) {
    const byLang = key === "*" ? CUES : { [key]: CUES[key] ?? [] };
    lex = new Lexicon(entriesOf(byLang, true as const));
    cueLexicons.set(key, lex);
  }
  return lex;
}

/** Whether the original text between two offsets ends a clause. */
const broken = (doc: MatchDoc, from: number, to: number) => BREAK.test(doc.text.slice(from, to));

/** Runs of mentions a few characters apart within one clause, in text order. */
function runsOf(doc: MatchDoc, mentions: readonly SectorMention[]): SectorMention[][] {
  const runs: SectorMention[][] = [];
  let run: SectorMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    const last = run.at(-1);
    if (last && m.span.start < last.span.end) continue;
    if (last && (m.span.start - last.span.end > LIST_GAP || broken(doc, last.span.end, m.span.start))) {
      runs.push(run);
      run = [];
    }
    run.push(m);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whether a run is an enumeration of areas: three items or more, or two tightly joined ones of two sectors. */
function isEnumeration(doc: MatchDoc, run: readonly SectorMention[]): boolean {
  if (run.length >= LIST_MIN_ITEMS) return true;
  const [a, b] = run;
  return !!a && !!b && a.sector !== b.sector && tight(doc.text.slice(a.span.end, b.span.start));
}

/** The sectors with at least one clear mention: in the lead (before `leadEnd`), after a cue, or in an enumeration. */
export function clearSectors(
  doc: MatchDoc,
  mentions: readonly SectorMention[],
  leadEnd: number,
  language?: string,
): Set<string> {
  const clear = new Set<string>();
  const cueEnds = cueLexicon(language)
    .match(doc)
    .map((c) => c.span.end);
  const cued = (m: SectorMention) =>
    cueEnds.some((end) => end <= m.span.start && m.span.start - end <= CUE_REACH && !broken(doc, end, m.span.start));
  for (const run of runsOf(doc, mentions)) {
    const whole = isEnumeration(doc, run);
    let afterCue = false;
    for (const m of run) {
      afterCue ||= cued(m);
      if (whole || afterCue || m.span.start < leadEnd) clear.add(m.sector);
    }
  }
  return clear;
}
