/**
 * One country's dealings with partners told apart: the lead names a country, then "with" two or more others ("Italy
 * signed agreements with Cuba and Costa Rica", "O Brasil assinou acordos com o Uruguai e com o Panamá", "соглашения
 * России с Кубой и Того"), and each partner comes back in a later paragraph of its own, without the others ("With
 * Cuba, the deal covers…"). Each partner pairs with the first country; the partners are no pair of each other. Three
 * countries meeting together, told in one paragraph, make none.
 */
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { PairHit } from "../types";
import type { CountryScan } from "./countries";
import { inZones } from "./noise-zones";
import { joinsPartners, namedAfterWith, qualifiesCounterparts } from "./pair-joins";
import { visitedFirst } from "./pair-stops";
import { type Paragraph, paragraphsOf } from "./pairs-digest";
import { pairsOfHub } from "./pairs-tour";

/** The partners must be named within the lead: its first this many sentences. */
const LEAD_SENTENCES = 2;

/** The pairs of a lead country with partners it deals with one by one, if the report tells them so. */
export function partnerPairs(doc: MatchDoc, scan: CountryScan): PairHit[] {
  const leadEnd = doc.sentences[LEAD_SENTENCES - 1]?.end ?? doc.text.length;
  const named = scan.mentions.filter((m) => !inZones(scan.noise, m.span.start));
  for (let i = 0; i + 1 < named.length; i++) {
    const first = named[i];
    if (!first || first.span.start >= leadEnd) break;
    if (!namedAfterWith(doc, first) && !qualifiesCounterparts(doc, first) && !visitedFirst(doc, first)) continue;
    // The partners: the first, and each joined to the one before it ("with A and B", "with A, B and C").
    const partners = [first];
    for (let j = i + 1; j < named.length; j++) {
      const prev = partners.at(-1);
      const next = named[j];
      if (!prev || !next || next.code === prev.code) break;
      const gap = doc.text.slice(prev.span.end, next.span.start);
      if (!joinsPartners(gap, next) && !/^\s*,\s*$/.test(gap)) break;
      partners.push(next);
    }
    const codes = [...new Set(partners.map((p) => p.code))];
    if (codes.length < 2) continue;
    const sentence = sentenceAt(doc, first.span.start);
    const hub = named.find(
      (m) => m.span.start >= (sentence?.start ?? 0) && m.span.start < first.span.start && !codes.includes(m.code),
    )?.code;
    if (!hub || !sentence) continue;
    // Each partner has a later paragraph of its own, naming no other partner.
    const lines = paragraphsOf(doc, scan).filter((p) => p.start >= sentence.end);
    const here = (line: Paragraph) =>
      new Set(named.filter((m) => m.span.start >= line.start && m.span.start < line.end).map((m) => m.code));
    const toldApart = codes.every((c) =>
      lines.some((line) => {
        const inLine = here(line);
        return inLine.has(c) && codes.every((o) => o === c || !inLine.has(o));
      }),
    );
    if (toldApart) return pairsOfHub(scan, hub, codes);
  }
  return [];
}
