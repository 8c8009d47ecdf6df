/**
 * Officials as evidence of their country: "Foreign Minister Bourita" counts for Morocco like a name mention,
 * a listed surname alone ("Lavrov said") half as much. Hits come from the officials list (officials.ts,
 * `findOfficials(doc, on)`); this module only folds them into a country scan, so pair cues see them too.
 */
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { type CountryMention, type CountryScan, LEAD_CHARS, LEAD_FACTOR } from "./countries";
import { inZones } from "./noise-zones";

/** An official named in the text, as far as salience needs it (officials.ts's OfficialHit has these fields). */
export interface OfficialMention {
  /** ISO alpha-2 of the country the person serves. */
  code: string;
  /** An office word stands next to the name ("Foreign Minister Bourita"). */
  withOffice: boolean;
  span: Span;
}

/** Weight of an official named with an office (like a country name), and of a surname alone. */
const WITH_OFFICE = 1;
const NAME_ALONE = 0.5;

/** The token range [start, end) covering original offsets [from, to), or undefined when no token lies there. */
function tokensOf(doc: MatchDoc, from: number, to: number): [number, number] | undefined {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.map[doc.tokens[mid]?.start ?? 0] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < doc.tokens.length && (doc.map[doc.tokens[end]?.start ?? 0] ?? 0) < to) end++;
  return end > lo ? [lo, end] : undefined;
}

/** The scan with officials counted for their countries (mentions merged in text order, scores re-ranked). */
export function withOfficials(doc: MatchDoc, scan: CountryScan, officials: readonly OfficialMention[]): CountryScan {
  if (officials.length === 0) return scan;
  const leadEnd = Math.max(LEAD_CHARS, doc.sentences[0]?.end ?? 0);
  const added: CountryMention[] = [];
  for (const o of officials) {
    if (inZones(scan.noise, o.span.start)) continue;
    const tokens = tokensOf(doc, o.span.start, o.span.end);
    if (!tokens) continue;
    const base = o.withOffice ? WITH_OFFICE : NAME_ALONE;
    const weight = base * (o.span.start < leadEnd ? LEAD_FACTOR : 1);
    added.push({
      code: o.code,
      kind: "official",
      base,
      weight,
      span: o.span,
      tokenStart: tokens[0],
      tokenEnd: tokens[1],
    });
  }
  const byCode = new Map(scan.countries.map((c) => [c.code, { ...c, mentions: [...c.mentions] }]));
  for (const m of added) {
    const h = byCode.get(m.code) ?? { code: m.code, score: 0, mentions: [] };
    h.score = Math.round((h.score + m.weight) * 100) / 100;
    h.mentions.push(m.span);
    byCode.set(m.code, h);
  }
  const countries = [...byCode.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const mentions = [...scan.mentions, ...added].sort((a, b) => a.span.start - b.span.start);
  return { ...scan, countries, mentions };
}
