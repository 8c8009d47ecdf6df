/**
 * The stops of a trip other than the meeting a sentence reports: a country a visitor comes from or goes on to, named
 * after "after" or "before" and a word of travel ("days after passing through Morocco", "a week after an official
 * visit to New Zealand", "après une escale en Mauritanie", "dopo la tappa in Egitto", "nach dem Besuch in
 * Australien", "после визита в Китай", "بعد زيارة إلى مصر"). A stop takes no part in that meeting: it bonds with no
 * country of the sentence, when the sentence also names the traveller's own side and the host, or names the other
 * country only as a destination or a partner too ("viaja para a Indonésia dias depois de passar pela Austrália",
 * "um encontro com o Presidente da Indonésia, pouco depois de uma visita à Austrália"). A sentence that
 * names the traveller and the one place visited ("is back in Accra after a state visit to Kenya") tells that visit.
 */
import { type MatchDoc, sentenceAt, spanOf } from "../match/normalize";
import type { CountryMention } from "./countries";
import { CUES, tokenBefore, WITH, words } from "./pair-words";

const WHEN = words(CUES.stopWhen);
const TRAVEL = words(CUES.travel, CUES.visits, CUES.tour);
/**
 * Words only a destination follows ("to", "para", "vers", "nach", "إلى"); not "in", "a", "en" or "в", which as often
 * say where someone is ("is back in Kenya").
 */
const TOWARDS = words(CUES.towards);
/** The "after" or "before" stands at most this many words before the stop ("poucos dias depois de uma visita oficial a"). */
const REACH = 7;
/** Punctuation that ends a clause: "after" and the stop are in one. */
const BREAK = /[,;:.!?،؛()]/u;

/** Whether a country is named as a stop of a trip: "after|before" then a word of travel, then the country. */
function isStop(doc: MatchDoc, m: Pick<CountryMention, "span" | "tokenStart">): boolean {
  const sentence = sentenceAt(doc, m.span.start)?.start ?? 0;
  let travel = false;
  let after = m.span.start;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - REACH); k--) {
    const token = doc.tokens[k];
    if (!token) return false;
    const span = spanOf(doc, token.start, token.end);
    if (span.start < sentence || BREAK.test(doc.text.slice(span.end, after))) return false;
    after = span.start;
    if (TRAVEL.has(token.text)) travel = true;
    else if (WHEN.has(token.text)) return travel;
  }
  return false;
}

/** "with" stands at most this many words before a partner's country ("um encontro com o Presidente da Indonésia"). */
const WITH_REACH = 4;

/**
 * Whether a country is named as where someone goes (its name after "to", "para a", "vers") or as whom
 * they meet ("with" a few words before it): a side of the meeting, not its traveller.
 */
function isVisited(doc: MatchDoc, m: Pick<CountryMention, "tokenStart" | "kind">): boolean {
  const before = (k: number) => doc.tokens[m.tokenStart - k]?.text ?? "";
  // A capital after "in" or "a" is as often where a traveller is back ("back in Accra", "rientrato a Tunisi").
  if (m.kind === "name" && [1, 2].some((k) => TOWARDS.has(before(k)))) return true;
  return Array.from({ length: WITH_REACH }, (_, k) => k + 1).some((k) => WITH.has(before(k)));
}

/** The countries of a sentence (its mentions given) named only as stops of a trip other than its meeting. */
export function tripStops(doc: MatchDoc, here: readonly CountryMention[]): string[] {
  const stop = new Map(here.map((m) => [m, isStop(doc, m)]));
  const stops = new Set(here.filter((m) => stop.get(m)).map((m) => m.code));
  for (const m of here) if (!stop.get(m)) stops.delete(m.code);
  if (stops.size === 0) return [];
  const others = here.filter((m) => !stops.has(m.code));
  const otherCodes = new Set(others.map((m) => m.code));
  const visited = (code: string) => others.some((m) => m.code === code && isVisited(doc, m));
  return otherCodes.size >= 2 || (otherCodes.size === 1 && [...otherCodes].every(visited)) ? [...stops] : [];
}

/** Verbs of a visit that may take its destinations straight after them ("visits", "visita", "visite", "besucht"). */
const VISIT_VERBS = words(CUES.visitVerbs);
/** Words before a visit word that make it the noun ("during the visit", "durante la visita", "beim Besuch"). */
const NOUN_MARKERS = words(CUES.nounMarkers);
/** Determiners a destination may follow its visit by ("visite le Mali", "visit to the"). */
const BEFORE_DESTINATION = new Set([...TOWARDS, ...words(CUES.nounMarkers)].filter((w) => w.length <= 3));

/**
 * Whether a country is the first of destinations named straight after a visit ("Costa visita São Tomé e Príncipe e
 * Guiné-Bissau", "the minister visits Ghana and Togo"): each is a host of the one visitor, not a partner of the other.
 */
export function visitedFirst(doc: MatchDoc, m: Pick<CountryMention, "span" | "tokenStart">): boolean {
  const k = tokenBefore(doc, m.tokenStart, 0, BEFORE_DESTINATION);
  const token = doc.tokens[k];
  if (!token || !VISIT_VERBS.has(token.text) || m.tokenStart - k > 3) return false;
  // "During the visit Ghana and Togo signed…": a visit told as a noun names no destinations.
  if (NOUN_MARKERS.has(doc.tokens[k - 1]?.text ?? "")) return false;
  return !BREAK.test(doc.text.slice(spanOf(doc, token.start, token.end).end, m.span.start));
}
