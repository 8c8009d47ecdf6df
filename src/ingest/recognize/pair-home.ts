/**
 * The outlet's own country, unnamed: unqualified offices and institutions ("the President", "le Royaume",
 * "الرئيس") that a home outlet writes for its own state, a weak prior of pairs.ts.
 */
import data from "../../../seed/lexicons/pair-cues.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import type { CountryMention } from "./countries";
import { inZones, type Zone } from "./noise-zones";

const HOME_REFS = (data as unknown as { homeRefs: Readonly<Record<string, readonly string[]>> }).homeRefs;
let homeLexicon: Lexicon<true> | undefined;
const homes = () => (homeLexicon ??= new Lexicon(entriesOf(HOME_REFS, true as const)));

/** Tokens around an office within which a country name qualifies it ("the President of Kazakhstan"). */
const QUALIFY_BEFORE = 2;
const QUALIFY_AFTER = 3;

/**
 * Whether the office ending at token `end` is followed by a person's name in the same sentence ("the Foreign
 * Minister Dorj Enkhbat"): that person's office, whoever they serve. Only scripts with letter case can tell.
 */
function namedHolder(doc: MatchDoc, end: number): boolean {
  const next = doc.tokens[end];
  if (!next) return false;
  const at = doc.map[next.start] ?? 0;
  const sentence = sentenceAt(doc, at);
  if (!sentence || sentence.start === at) return false;
  const first = doc.text[at] ?? "";
  return /\p{Lu}/u.test(first);
}

const LOCATED = (data as unknown as { locatedIn: Readonly<Record<string, readonly string[] | string>> }).locatedIn;
let located: ReadonlySet<string> | undefined;
/**
 * Whether a preposition of place stands between a home reference and the country after it ("سفارة المملكة في
 * روسيا", "the Kingdom's embassy in Russia"): the country is where the office sits, not whose it is.
 */
function locatedIn(doc: MatchDoc, from: number, to: number): boolean {
  located ??= new Set(
    Object.entries(LOCATED).flatMap(([k, words]) =>
      k === "$comment" || typeof words === "string" ? [] : words.map((w) => norm(w)),
    ),
  );
  const set = located;
  return doc.tokens.slice(from, to).some((t) => set.has(t.text));
}

/**
 * Unqualified offices and institutions ("the President", "le Royaume", "الرئيس") with no country named beside them
 * and no person's name after them.
 */
export function homeRefs(doc: MatchDoc, mentions: readonly CountryMention[], noise: readonly Zone[]): Span[] {
  return homes()
    .match(doc)
    .filter((h) => {
      if (inZones(noise, h.span.start) || namedHolder(doc, h.tokenEnd)) return false;
      const from = h.tokenStart - QUALIFY_BEFORE;
      const to = h.tokenEnd + QUALIFY_AFTER;
      return !mentions.some((m) => m.tokenEnd > from && m.tokenStart < to && !locatedIn(doc, h.tokenEnd, m.tokenStart));
    })
    .map((h) => h.span);
}
