/**
 * Tour digests: a visitor back from (or on) a tour of several countries, named after the tour word in the lead
 * ("a tour that took him to Japan, South Korea and Vietnam", "la tournée qui l'a mené au Ghana, en Gambie et au
 * Nigeria", "турне по Египту, Иордании и Марокко", "جولة قادته إلى مصر والأردن والعراق"), then one paragraph per
 * host ("In Japan, the two countries signed…"). The visitor is the first country named before the tour word and not
 * toured (the subject: "Kenya's foreign minister", "Le ministre sénégalais", a dateline's capital); each host with a paragraph of its own (no other host in it) holding a bilateral cue (the two
 * countries, a counterpart, talks, a signing) makes a pair with the visitor. A host toured in passing makes none.
 */
import { pairKey } from "../../lib/pair-key";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { PairHit } from "../types";
import type { CountryScan } from "./countries";
import { inZones } from "./noise-zones";
import { cueOffsets, cueSentenceStarts } from "./pair-cues";

/** The tour word must come within the lead: its first this many sentences. */
const LEAD_SENTENCES = 2;

/** A tour: its hosts' pairs with the visitor (best first) and every country toured. */
export interface Tour {
  pairs: PairHit[];
  toured: ReadonlySet<string>;
}

/** The tour a report's lead tells of, if any. */
export function tourOf(doc: MatchDoc, scan: CountryScan): Tour | undefined {
  const leadEnd = doc.sentences[LEAD_SENTENCES - 1]?.end ?? doc.text.length;
  const at = cueOffsets(doc, "tour", scan.noise).find((o) => o < leadEnd);
  const sentence = at === undefined ? undefined : sentenceAt(doc, at);
  if (at === undefined || !sentence) return undefined;
  const named = (m: { kind: string }) => m.kind === "name" || m.kind === "demonym";
  const after = scan.mentions.filter((m) => m.span.start > at && m.span.end <= sentence.end);
  // The tour's owner may follow its word, named by office before the first country toured ("A viagem do presidente
  // Jair Bolsonaro à Rússia e à Hungria", "la gira del canciller Cafiero por…"): the visitor, not a host.
  const firstNamed = after.find(named)?.span.start ?? sentence.end;
  const owner = after.find((m) => m.kind === "official" && m.span.start < firstNamed)?.code;
  const toured = new Set(after.filter((m) => named(m) && m.code !== owner).map((m) => m.code));
  if (toured.size < 2) return undefined;
  // Else the visitor is the first country named, in the dateline or the tour's sentence, before the tour word.
  const visitor = owner ?? scan.mentions.find((m) => m.span.start < at && !toured.has(m.code))?.code;
  if (!visitor) return undefined;
  const cues = [...cueSentenceStarts(doc, scan.noise)];
  const hosts = new Set<string>();
  let start = 0;
  for (const line of doc.text.split("\n")) {
    const p = { start, end: start + line.length };
    start = p.end + 1;
    if (p.start < sentence.end || !line.trim() || inZones(scan.noise, p.start)) continue;
    const here = new Set(
      scan.mentions.filter((m) => m.span.start >= p.start && m.span.start < p.end).map((m) => m.code),
    );
    const hostsHere = [...here].filter((c) => toured.has(c));
    const [host] = hostsHere;
    if (hostsHere.length !== 1 || !host || !cues.some((c) => c >= p.start && c < p.end)) continue;
    hosts.add(host);
  }
  return { pairs: pairsOfHub(scan, visitor, [...hosts]), toured };
}

/**
 * The pairs of one country with each of others, each scored by the two countries' share of the report's salience,
 * best first (a tour's visitor with its hosts, a country with its partners told apart).
 */
export function pairsOfHub(scan: CountryScan, hub: string, others: readonly string[]): PairHit[] {
  const total = scan.countries.reduce((sum, c) => sum + c.score, 0);
  const score = new Map(scan.countries.map((c) => [c.code, c.score]));
  const out: PairHit[] = [];
  for (const other of others) {
    const key = pairKey(hub, other);
    const share = total > 0 ? ((score.get(hub) ?? 0) + (score.get(other) ?? 0)) / total : 0;
    if (key) out.push({ key, score: Math.round(share * 100) / 100 });
  }
  return out.sort((u, v) => v.score - u.score || u.key.localeCompare(v.key));
}
