/**
 * Whose instrument it is. An instrument's own clause may name its parties: "the agreement between X and Y",
 * "the X–Y agreement", "the Italian-Albanian protocol", "X's agreement with Y", "signed with Y", "signed by X and
 * Y", "the treaty that binds X and Y", or the signers right after the signing word ("que firmaron Chile, Argentina
 * y Uruguay", "подписанном Казахстаном", "وقعت مصر والأردن"). The parties are the country mentions the entity
 * recognizer found (countries.ts), read through the words of seed/lexicons/commitment-parties.json and the
 * joiners and holders of pair-cues.json. An instrument whose stated parties are not one of the report's pairs (a
 * third country on either side, or three countries or more) is no commitment of the report; an instrument that
 * names no parties stays the report's pair's.
 */
import data from "../../../seed/lexicons/commitment-parties.json";
import cues from "../../../seed/lexicons/pair-cues.json";
import type { LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, norm, type Sentence } from "../match/normalize";
import type { Span } from "../types";
import type { CountryMention } from "./countries";
import { twoSidesRefs } from "./pair-cues";

type ByLang = Readonly<Record<string, readonly string[]>>;
type Intro = "between" | "with" | "by" | "binds";

// The JSON files are ours (seed/lexicons); their "$comment" keys are not read.
const words = (byLang: ByLang) => new Set(Object.values(byLang).flatMap((ws) => ws.map((w) => norm(w))));
const PAIR_CUES = cues as unknown as Readonly<Record<"between" | "joiners" | "determiners" | "holders", ByLang>>;
const PARTY_WORDS = data as unknown as Readonly<Record<"with" | "by" | "binds" | "sides", ByLang>>;
const INTROS: readonly [Intro, ReadonlySet<string>][] = [
  ["between", words(PAIR_CUES.between)],
  ["with", words(PARTY_WORDS.with)],
  ["by", words(PARTY_WORDS.by)],
  ["binds", words(PARTY_WORDS.binds)],
];
const JOINERS = words(PAIR_CUES.joiners);
/** Words that may stand before a party or between two: determiners, holders ("the government of"), sides. */
const FILLERS = new Set([...words(PAIR_CUES.determiners), ...words(PAIR_CUES.holders), ...words(PARTY_WORDS.sides)]);

/** Mentions that name a party in a list: not a capital, which after a signing word says where ("signé à Bruxelles"). */
const LIST_KINDS: ReadonlySet<string> = new Set(["name", "demonym", "official"]);
/** Tokens after an instrument (or its signing word) within which a party phrase belongs to it. */
const PHRASE_REACH = 12;
/** "with" is a looser word: it belongs to an instrument only this close. */
const WITH_REACH = 6;
/** Tokens after a signing word within which its signers or a "by" phrase stand ("signed yesterday by"). */
const CUE_REACH = 3;
/** Tokens before a signing word or an instrument within which a "between" phrase may open ("между X и Y подписана"). */
const BEFORE_REACH = 10;
/** At most this many words between the end of such a phrase and the signing word ("entre X et Y a été signé"). */
const BEFORE_GAP = 3;
/** At most this many words between a sentence's two subject countries and their signing word ("ont par exemple signé"). */
const SUBJECT_GAP = 4;
/** Filler words before the first party, and between two parties of a list. */
const MAX_FILLERS = 6;
/** Punctuation that ends a clause: no party phrase reaches across it. */
const CLAUSE_BREAK = /[.;:!?؛؟\n]/;
/** Punctuation inside a list of parties: only commas, dashes, slashes and apostrophes. */
const LIST_GAP = /^[\s,،\-‐‑–—/'’]*$/;
/** Between a qualifier and its instrument: only spaces, dashes and apostrophes ("Morocco–Kazakhstan agreement"). */
const TIGHT_GAP = /^[\s\-‐‑–—'’]*$/;

/** One instrument as commitments.ts reads it: its words (the subject and its form word), its sentence and status word. */
export interface InstrumentClause {
  sentence: Sentence;
  marks: readonly LexiconMatch<unknown>[];
  cue?: LexiconMatch<unknown> | undefined;
  /** The sentence's status words: a "by" phrase follows one. */
  cues: readonly LexiconMatch<unknown>[];
  /** Every other instrument of the sentence: a phrase past one of them is its own. */
  others: readonly Span[];
}

/** Reads the parties of a report's instruments and tells which belong to the report's pairs. */
export interface PartyReader {
  /** The countries an instrument's clause names as its parties (empty when it names none). */
  partiesOf(clause: InstrumentClause): Set<string>;
  /**
   * The parties an instrument's clause states (empty when none), or null when they make it no commitment of the
   * report: three countries or more, or not one of the report's pairs.
   */
  read(clause: InstrumentClause): string[] | null;
  /**
   * Whether an instrument's clause gives its parties as "the two countries" ("a training agreement concluded between
   * the two countries"): the two last named for an instrument of its sentence.
   */
  betweenTheTwo(clause: InstrumentClause): boolean;
}

/** A reader over one report: its text, its pairs (canonical keys) and the country mentions found in it. */
export function partyReader(doc: MatchDoc, pairs: readonly string[], mentions: readonly CountryMention[]): PartyReader {
  const sides = pairs.map((p) => new Set(p.split("-")));
  const counted = mentions.filter((m) => m.kind !== "place" && m.kind !== "blocked");
  const at = new Map(counted.map((m) => [m.tokenStart, m]));
  const endingAt = new Map(counted.map((m) => [m.tokenEnd, m]));
  const tok = (i: number) => doc.tokens[i]?.text ?? "";
  const startOf = (i: number) => doc.map[doc.tokens[i]?.start ?? doc.norm.length] ?? doc.text.length;
  const endOf = (i: number) => (doc.map[(doc.tokens[i]?.end ?? 1) - 1] ?? 0) + 1;
  /** The original text between token i's end and token j's start. */
  const between = (i: number, j: number) => doc.text.slice(endOf(i), startOf(j));
  const isWord = (set: ReadonlySet<string>, i: number) => arabicVariants(tok(i)).some((w) => set.has(w));
  const introAt = (i: number) => INTROS.find(([, set]) => isWord(set, i))?.[0];

  /** A list of countries from token `k` on ("the governments of X and of Y", "X, Y and Z"): codes and end token. */
  const listAt = (k: number, last: number, kinds: ReadonlySet<string> = LIST_KINDS, opening = false) => {
    let i = k;
    while (i < last && i - k < MAX_FILLERS && !at.has(i) && isWord(FILLERS, i)) i++;
    const codes: string[] = [];
    let end = k;
    // The first party follows its word at once: "signed, Kazakhstan said" names no signer.
    // …unless the list opens its sentence, whose end stands before it.
    if (!opening && k > 0 && /[^\s\p{L}\p{N}'’\-‐‑–—]/u.test(doc.text.slice(endOf(k - 1), startOf(i))))
      return { codes, end };
    for (;;) {
      const m = at.get(i);
      if (!m || m.tokenEnd > last || !kinds.has(m.kind)) break;
      codes.push(m.code);
      end = m.tokenEnd;
      // The next member: joined by a joiner, a comma or a dash (Arabic: و on the name), fillers aside.
      let j = end;
      let joined = false;
      while (j < last && j - end < MAX_FILLERS && !at.has(j) && (isWord(JOINERS, j) || isWord(FILLERS, j))) {
        joined ||= isWord(JOINERS, j);
        j++;
      }
      const next = at.get(j);
      const gap = doc.text.slice(endOf(end - 1), next ? startOf(j) : endOf(end - 1));
      if (!next || CLAUSE_BREAK.test(gap) || !LIST_GAP.test(gap.replace(/[\p{L}\p{N}]+/gu, ""))) break;
      if (!joined && !/[,،\-‐‑–—/]/.test(gap) && !(j === end && next.span.text.startsWith("و"))) break;
      i = j;
    }
    return { codes, end };
  };

  const partiesOf = (clause: InstrumentClause): Set<string> => {
    const parties = new Set<string>();
    const first = Math.min(...clause.marks.map((m) => m.tokenStart));
    const last = Math.max(...clause.marks.map((m) => m.tokenEnd));
    const sentenceEnd = tokenAfter(clause.sentence.end);
    const sentenceStart = tokenAfter(clause.sentence.start);
    const otherStarts = clause.others.map((o) => o.start);
    const isOther = (i: number) => otherStarts.some((s) => s >= startOf(i) && s < endOf(i));
    const cueEnds = clause.cues.map((c) => c.tokenEnd);
    qualifiers(first, last, sentenceStart, sentenceEnd, parties);
    // Party phrases after the instrument, and right after its own signing word.
    const scan = (from: number, reach: number, signers: boolean) => {
      const stop = Math.min(sentenceEnd, from + reach);
      if (signers) for (const c of listAt(from, stop).codes) parties.add(c);
      for (let i = from; i < stop; i++) {
        if (isOther(i) || (i > from && CLAUSE_BREAK.test(between(i - 1, i)))) return;
        if (clause.marks.some((m) => i >= m.tokenStart && i < m.tokenEnd)) continue;
        // The signers right after a signing word ("que firmaron Chile, Argentina y Uruguay", "подписанном Казахстаном").
        if (cueEnds.includes(i)) for (const c of listAt(i, stop).codes) parties.add(c);
        const intro = introAt(i);
        if (!intro) continue;
        if (intro === "with" && i - (i >= last ? last : from) > WITH_REACH) continue;
        if (intro === "by" && !cueEnds.some((e) => e <= i && i - e < CUE_REACH)) continue;
        const list = listAt(i + 1, sentenceEnd);
        if (intro === "between" && list.codes.length < 2) continue;
        for (const c of list.codes) parties.add(c);
        if (list.codes.length) i = list.end - 1;
      }
    };
    scan(Math.min(...clause.marks.map((m) => m.tokenEnd)), PHRASE_REACH + last - first, false);
    // A signing word's own phrase ("signed with Y", "signed by X and Y", "وقعت مصر والأردن") is this instrument's
    // when no other instrument stands between them, nor right before the word (whose participle it then is:
    // "l'accord … signé à Ankara entre X et Y, et une convention").
    const cue = clause.cue;
    const firstAt = startOf(first);
    const lastAt = endOf(last - 1);
    const near = (c: LexiconMatch<unknown>) =>
      c.tokenStart >= last
        ? !clause.others.some((o) => o.start >= lastAt && o.end <= c.span.start)
        : c.tokenEnd <= first &&
          !clause.others.some(
            (o) => o.start >= startOf(Math.max(sentenceStart, c.tokenStart - PHRASE_REACH)) && o.end <= firstAt,
          );
    if (cue && near(cue)) scan(cue.tokenEnd, CUE_REACH + 1, true);
    // "между Азербайджаном и Арменией подписана декларация", "entre X et Y a été signé un accord": a "between"
    // phrase that ends right before the signing word or the instrument, in its clause.
    const head = Math.min(first, cue && near(cue) ? cue.tokenStart : first);
    // Not across a comma ("Amid tensions between Russia and Ukraine, Kazakhstan and Morocco signed…"), nor with a
    // country between the phrase and the word ("Despite the war between Russia and Ukraine Kazakhstan and Morocco
    // signed…"): the phrase is the sentence's setting, not the instrument's parties.
    // …and only when the clause names no parties otherwise ("Trotz der Spannungen zwischen Russland und der Ukraine
    // unterzeichneten Kasachstan und Marokko…": the signers follow the verb).
    for (let i = head - 1; parties.size === 0 && i >= Math.max(sentenceStart, head - BEFORE_REACH); i--) {
      if (CLAUSE_BREAK.test(between(i, i + 1)) || /[,،]/u.test(between(i, i + 1))) break;
      if (introAt(i) !== "between") continue;
      const list = listAt(i + 1, head);
      const clear = list.end <= head && ![...Array(head - list.end).keys()].some((k) => at.has(list.end + k));
      const joined = !/[,،]/u.test(doc.text.slice(startOf(i), startOf(head)));
      if (list.codes.length === 2 && head - list.end <= BEFORE_GAP && clear && joined)
        for (const c of list.codes) parties.add(c);
      break;
    }
    // The subject of its signing word, opening the sentence ("L'Espagne et l'Algérie ont par exemple signé un accord",
    // "Spain and Algeria, for example, signed…"): two countries, the word within a few words after them.
    if (parties.size === 0 && cue && near(cue) && cue.tokenEnd <= first) {
      const subject = listAt(sentenceStart, cue.tokenStart, LIST_KINDS, true);
      const gap = [...Array(Math.max(cue.tokenStart - subject.end, 0)).keys()].map((k) => subject.end + k);
      // Joined by a conjunction, not a comma: "Kazakhstan, Russia's closest ally, signed…" names one signer.
      const [one, two] = counted.filter((m) => m.tokenStart >= sentenceStart && m.tokenEnd <= subject.end);
      const joined =
        !!one &&
        !!two &&
        (two.span.text.startsWith("و") ||
          doc.text
            .slice(one.span.end, two.span.start)
            .split(/[^\p{L}]+/u)
            .some((w) => JOINERS.has(norm(w))));
      if (
        joined &&
        subject.codes.length === 2 &&
        cue.tokenStart - subject.end <= SUBJECT_GAP &&
        !gap.some((k) => at.has(k) || (k > subject.end && CLAUSE_BREAK.test(between(k - 1, k))))
      )
        for (const c of subject.codes) parties.add(c);
    }
    return parties;
  };

  /** The first token starting at or after an original offset. */
  function tokenAfter(offset: number): number {
    let lo = 0;
    let hi = doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Countries qualifying the instrument's words: right before them ("the Morocco–Kazakhstan agreement", "the
   * Italian-Albanian protocol", "Italy's 2023 agreement") or right after ("l'accordo Italia-Albania", "il
   * protocollo italo-albanese", "соглашение России"); a single name after the words only in the languages that
   * put the owner there (Arabic, Russian), where English would be starting another clause ("under the agreement
   * Kazakhstan will…").
   */
  function qualifiers(first: number, last: number, from: number, to: number, parties: Set<string>) {
    const QUALIFIER_KINDS = new Set(["name", "demonym"]);
    let k = first;
    while (k > from && (/^\d{4}$/.test(tok(k - 1)) || tok(k - 1) === "s") && first - k < 2) k--;
    let m = endingAt.get(k);
    while (m && m.tokenStart >= from && QUALIFIER_KINDS.has(m.kind) && TIGHT_GAP.test(between(m.tokenEnd - 1, k))) {
      parties.add(m.code);
      k = m.tokenStart;
      const prev: CountryMention | undefined = endingAt.get(k);
      m =
        prev && LIST_GAP.test(between(prev.tokenEnd - 1, k).replace(/\p{L}+/gu, (w) => (JOINERS.has(norm(w)) ? "" : w)))
          ? prev
          : undefined;
    }
    let j = last;
    if (j < to && /^\d{4}$/.test(tok(j))) j++;
    // A combining form joined by a dash ("franco-", "italo-") may stand between the words and the country.
    if (!at.has(j) && j + 1 < to && /^[-‐‑–]$/.test(between(j, j + 1).trim())) j++;
    const firstAfter = at.get(j);
    if (!firstAfter || j >= to || !QUALIFIER_KINDS.has(firstAfter.kind)) return;
    if (!/^[\s\p{L}\p{N}\-‐‑–—'’]*$/u.test(doc.text.slice(endOf(last - 1), startOf(j)))) return;
    const after = listAt(j, to, QUALIFIER_KINDS);
    const ownerScript = /^[\u0600-\u06FF\u0400-\u04FF]/.test(firstAfter.span.text);
    if (after.codes.length >= 2 || firstAfter.kind === "demonym" || ownerScript)
      for (const c of after.codes) parties.add(c);
  }

  let twoSides: readonly Span[] | undefined;
  const betweenTheTwo = (clause: InstrumentClause): boolean => {
    twoSides ??= twoSidesRefs(doc, []);
    const from = Math.max(...clause.marks.map((m) => m.tokenEnd));
    const stop = Math.min(tokenAfter(clause.sentence.end), from + PHRASE_REACH);
    const otherStarts = clause.others.map((o) => o.start);
    for (let i = from; i < stop; i++) {
      if (i > from && CLAUSE_BREAK.test(between(i - 1, i))) return false;
      if (otherStarts.some((o) => o >= startOf(i) && o < endOf(i))) return false;
      if (introAt(i) !== "between") continue;
      let j = i + 1;
      while (j < stop && j - i <= MAX_FILLERS && isWord(FILLERS, j)) j++;
      const at = startOf(j);
      return twoSides.some((t) => t.start >= startOf(i + 1) && t.start <= at && t.end <= doc.text.length);
    }
    return false;
  };

  return {
    partiesOf,
    betweenTheTwo,
    read(clause) {
      const parties = [...partiesOf(clause)].sort();
      if (parties.length > 2) return null;
      if (parties.length === 0 || sides.length === 0) return parties;
      return sides.some((s) => parties.every((c) => s.has(c))) ? parties : null;
    },
  };
}

/**
 * The parties each instrument states, read in order over one report's sentences: its own, else, when its clause gives
 * them as "the two countries" ("…, ainsi qu'un accord conclu entre les deux pays"), those last stated for an
 * instrument of its sentence.
 */
export function statedParties(
  parties: PartyReader | undefined,
): (clause: InstrumentClause, own: string[] | undefined) => string[] | undefined {
  /** The parties last stated for an instrument of a sentence (by its start). */
  const before = new Map<number, string[]>();
  return (clause, own) => {
    const start = clause.sentence.start;
    const stated = own?.length ? own : parties?.betweenTheTwo(clause) ? (before.get(start) ?? own) : own;
    if (own?.length) before.set(start, own);
    return stated;
  };
}
