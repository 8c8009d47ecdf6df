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
/** A cue announces a list of items ("discussed A, B and C"): each item at most this long, the list this long at most. */
const ITEM_MAX = 80;
const LIST_REACH = 320;
/** What separates the items of a list: a comma (Latin or Arabic); a conjunction may open the last item. */
const COMMA = /[,،]/u;
// At a word's start: "administration" is no minister.
const MINISTER = /(?<!\p{L})(?:minist|министр)|وزير|وزارة/iu;
const LAST_ITEM = /^.*(?:\s(?:and|et|y|e|ed|und|и|و)\s|\sو)/su;
/** Items of an enumeration are at most this far apart ("trade, energy, agriculture and health"). */
const LIST_GAP = 30;
/**
 * …or a few qualifiers apart, however long their words ("экономика, региональная и международная безопасность"):
 * at most this many words within LONG_GAP characters.
 */
const GAP_WORDS = 4;
const LONG_GAP = 45;
/** Whether two mentions are close enough to be items of one enumeration. */
function near(doc: MatchDoc, end: number, start: number): boolean {
  const gap = doc.text.slice(end, start);
  return (
    gap.length <= LIST_GAP ||
    (gap.length <= LONG_GAP && gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= GAP_WORDS)
  );
}
/** An enumeration has at least this many items, or two joined by nothing but a conjunction and articles. */
const LIST_MIN_ITEMS = 3;
/** Punctuation that ends a clause: a cue or an enumeration never reaches across it. */
const BREAK = /[.!?;:\n]/;
/** What ends a sentence: a cue's list never reaches across it. */
const HARD_BREAK = /[.!?\n]/;
/** A colon or semicolon: in a cue's list, it sets items apart. */
const SET_APART = /[;:]/;
/** What separates the items of a list set apart by colons or semicolons: those, commas, or item numbers ("2)"). */
const ITEM_BREAK = /[,;:،]|\d{1,2}\)/u;
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

type WordList = Readonly<Record<string, readonly string[]>>;
/** Per-language word lexicons, built once per word list and language. */
const byLanguage = new Map<WordList, Map<string, Lexicon<true>>>();
/** The lexicon of one language's words of a list (every language's when it is unknown). */
export function wordsOf(words: WordList, language: string | undefined): Lexicon<true> {
  const key = language && words[language] ? language : "*";
  let cache = byLanguage.get(words);
  if (!cache) {
    cache = new Map();
    byLanguage.set(words, cache);
  }
  let lex = cache.get(key);
  if (!lex) {
    lex = new Lexicon(entriesOf(key === "*" ? words : { [key]: words[key] ?? [] }, true as const));
    cache.set(key, lex);
  }
  return lex;
}
const cueLexicon = (language: string | undefined) => wordsOf(CUES, language);

/** Whether the original text between two offsets ends a clause. */
const broken = (doc: MatchDoc, from: number, to: number) => BREAK.test(doc.text.slice(from, to));

/** A cue of the text: where it ends, and whether it may announce a list (see `announces`). */
interface Cue {
  start: number;
  end: number;
  lists: boolean;
}

/**
 * Whether a cue announces the mention at `start`: within its reach in the same clause, or as an item of a list that
 * follows it (there is a comma, every item before the mention's own is short, and the mention opens its item).
 */
function announces(doc: MatchDoc, cue: Cue, start: number): boolean {
  if (cue.end > start) return false;
  const stretch = doc.text.slice(cue.end, start);
  if (HARD_BREAK.test(stretch)) return false;
  // A colon or semicolon sets apart the items of a list the cue announces ("three sectors: 1) culture; 2) …"), never
  // the words right after it.
  const setApart = SET_APART.test(stretch);
  if (!setApart && start - cue.end <= CUE_REACH) return true;
  if (!cue.lists || start - cue.end > LIST_REACH) return false;
  // A list has commas; a conjunction alone joins two words, not items. A minister's title lists portfolios, not areas
  // ("signés par le ministre des Affaires maghrébines, de l'Union africaine et …").
  if (MINISTER.test(stretch)) return false;
  const items = stretch.split(setApart ? ITEM_BREAK : COMMA);
  const own = (items.pop() ?? "").replace(LAST_ITEM, "");
  return items.length > 0 && own.length <= CUE_REACH && items.every((item) => item.length <= ITEM_MAX);
}

/**
 * Whether a cue starting at `cueStart` closes a list that the mention ending at `end` opens ("Aviação civil, formação
 * jurídica, … foram áreas visadas"): at least two commas, every item short, all in one clause.
 */
function closes(doc: MatchDoc, end: number, cueStart: number): boolean {
  if (cueStart < end || cueStart - end > LIST_REACH || broken(doc, end, cueStart)) return false;
  const stretch = doc.text.slice(end, cueStart);
  if (MINISTER.test(stretch)) return false;
  const items = stretch.split(COMMA);
  return items.length >= 3 && items.every((item) => item.length <= ITEM_MAX);
}

/**
 * A capitalized cue inside a sentence, outside German, is part of a name ("Minister of Foreign Affairs, African
 * Cooperation, and …", "ministre … de la Coopération internationale"): the commas after it list that title, not areas.
 */
function listsAreas(doc: MatchDoc, start: number, language: string | undefined): boolean {
  const first = doc.text[start] ?? "";
  if (language === "de" || first === first.toLowerCase()) return true;
  return /(^|[.!?…:\n]["»”)\s]*)\s*$/u.test(doc.text.slice(Math.max(0, start - 4), start));
}

/** Runs of mentions a few characters apart within one clause, in text order. */
function runsOf(doc: MatchDoc, mentions: readonly SectorMention[]): SectorMention[][] {
  const runs: SectorMention[][] = [];
  let run: SectorMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    const last = run.at(-1);
    if (last && m.span.start < last.span.end) continue;
    if (last && (!near(doc, last.span.end, m.span.start) || broken(doc, last.span.end, m.span.start))) {
      runs.push(run);
      run = [];
    }
    run.push(m);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A cue closes its line with a colon at most this far after it ("…touche de nombreux domaines, notamment :"). */
const COLON_REACH = 40;
/** A line of a bulleted list: its bullet, if any, then its item. */
const BULLET = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)-])?\s*/u;

/**
 * The lines of the bulleted lists cues announce with a colon closing their line ("La convention touche de nombreux
 * domaines, notamment :" then "- Les services aériens ;", "- La sécurité et la protection civile ;"): each short line
 * up to the first long one is an item, as the items of an enumeration in one sentence are.
 */
function bulletedItems(doc: MatchDoc, cues: readonly Cue[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const cue of cues) {
    const lineEnd = doc.text.indexOf("\n", cue.end);
    if (lineEnd < 0 || lineEnd - cue.end > COLON_REACH || !/:\s*$/u.test(doc.text.slice(cue.end, lineEnd))) continue;
    let at = lineEnd + 1;
    let items = 0;
    while (at < doc.text.length) {
      const next = doc.text.indexOf("\n", at);
      const end = next < 0 ? doc.text.length : next;
      const item = doc.text.slice(at, end).replace(BULLET, "");
      if (item.trim().length > ITEM_MAX) break;
      if (item.trim()) {
        out.push({ start: at, end });
        items += 1;
      }
      at = end + 1;
    }
    // A single line after a colon is a sentence of its own, not a list.
    if (items < 2) out.splice(out.length - items, items);
  }
  return out;
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
  const cues: Cue[] = cueLexicon(language)
    .match(doc)
    .map((c) => ({ start: c.span.start, end: c.span.end, lists: listsAreas(doc, c.span.start, language) }));
  const bulleted = bulletedItems(doc, cues);
  const cued = (m: SectorMention) =>
    cues.some((cue) => announces(doc, cue, m.span.start) || closes(doc, m.span.end, cue.start)) ||
    bulleted.some((b) => m.span.start >= b.start && m.span.end <= b.end);
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
