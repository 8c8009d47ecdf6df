/**
 * The stops of a trip other than the meeting a sentence reports: a country a visitor comes from or goes on to, named
 * after "after" or "before" and a word of travel ("days after passing through Morocco", "a week after an official
 * visit to New Zealand", "après une escale en Mauritanie", "dopo la tappa in Egitto", "nach dem Besuch in
 * Australien", "после визита в Китай", "بعد زيارة إلى مصر"). A stop takes no part in that meeting: it bonds with no
 * country of the sentence.
 */
import data from "../../../seed/lexicons/pair-cues.json";
import { type MatchDoc, norm, sentenceAt, spanOf } from "../match/normalize";
import type { CountryMention } from "./countries";

type ByLang = Readonly<Record<string, readonly string[]>>;
const CUES = data as unknown as { stopWhen: ByLang; travel: ByLang; visits: ByLang; tour: ByLang };
const words = (...lists: ByLang[]) =>
  new Set(lists.flatMap((byLang) => Object.values(byLang).flatMap((ws) => ws.map((w) => norm(w)))));
const WHEN = words(CUES.stopWhen);
const TRAVEL = words(CUES.travel, CUES.visits, CUES.tour);
/** The "after" or "before" stands at most this many words before the stop ("poucos dias depois de uma visita oficial a"). */
const REACH = 7;
/** Punctuation that ends a clause: "after" and the stop are in one. */
const BREAK = /[,;:.!?،؛()]/u;

/** Whether a country is named as a stop of a trip: "after|before" then a word of travel, then the country. */
export function isStop(doc: MatchDoc, m: Pick<CountryMention, "span" | "tokenStart">): boolean {
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
