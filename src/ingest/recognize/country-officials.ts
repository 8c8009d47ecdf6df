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

/** An office word as far as office holders need it (officials.ts's OfficeWordHit has these fields). */
export interface OfficeMention {
  kind: string;
  former: boolean;
  tokenStart: number;
  tokenEnd: number;
  span: Span;
}

/** Whether an "and" or a sentence's end stands between two offsets of the original text. */
function joins(doc: MatchDoc, from: number, to: number): boolean {
  const between = doc.text.slice(from, to);
  return /[.;:!?\n]|(?:^|\s)(?:and|und|et|e|y|и|ou|or|oder|o)(?:\s|$)|(?:^|\s)و/iu.test(between);
}

/** "And" right before an office holder, in the eight languages (matching form); not "with" ("talks with the
 * President of Uzbekistan" names someone the talks were with, maybe on another matter). */
const JOIN = /^(?:and|und|et|e|y|и|و)$/u;
/** Tokens at most between the joining word and another country's participant before it. */
const JOINED_REACH = 1;

/**
 * Whether the office holder opening at token `from` is joined by "and" ("und", "و") to another country's listed
 * official named right before it.
 */
function joinedToAnother(doc: MatchDoc, scan: CountryScan, from: number, code: string): boolean {
  const before = doc.tokens[from - 1]?.text ?? "";
  // Arabic joins "and" to the next word ("ووزير الخارجية").
  const joined = JOIN.test(before) ? from - 1 : /^و\p{L}/u.test(doc.tokens[from]?.text ?? "") ? from : -1;
  if (joined < 0) return false;
  // …a person, not a country ("a deal Turkey and Libya's prime minister rejected": Turkey is no participant).
  return scan.mentions.some(
    (m) => m.kind === "official" && m.code !== code && m.tokenEnd <= joined && joined - m.tokenEnd <= JOINED_REACH,
  );
}

/** Tokens at most between a country and the office it holds, before it ("Neuseelands Außenminister") or after. */
const HOLDER_BEFORE = 1;
const HOLDER_AFTER = 2;
/** An official named this many tokens or fewer from an office word is that office's holder, counted already. */
const NAMED_NEAR = 6;

/**
 * The scan with the countries of the lead's unnamed office holders counted ("Baerbock und Neuseelands Außenminister
 * Wenston Peters", "Wadephul and New Zealand's foreign minister"): a head of state or government or a foreign
 * minister of a country named in the lead, with no listed person holding the office, and joined by "and" to another
 * country's listed official, is that country's participant, as a listed official with his office is. Only in the
 * lead, where the happening's participants stand; a former office counts for nothing.
 */
export function withOfficeHolders(
  doc: MatchDoc,
  scan: CountryScan,
  offices: readonly OfficeMention[],
  officials: readonly OfficialMention[],
): CountryScan {
  const leadEnd = Math.max(LEAD_CHARS, doc.sentences[0]?.end ?? 0);
  const officialTokens = officials.map((o) => tokensOf(doc, o.span.start, o.span.end)).filter((t) => t !== undefined);
  const added: OfficialMention[] = [];
  for (const o of offices) {
    if (o.former || o.kind === "other" || o.span.start >= leadEnd || inZones(scan.noise, o.span.start)) continue;
    // A listed person holds it: named after it ("Außenminister Peters"), or right before it past a comma ("Bourita,
    // Morocco's foreign minister"), with no "and" between that would name someone else.
    const startOf = (t: number) => doc.map[doc.tokens[t]?.start ?? 0] ?? 0;
    const endOf = (t: number) => (doc.map[(doc.tokens[t]?.end ?? 1) - 1] ?? 0) + 1;
    const holds = ([s, e]: [number, number]) =>
      (s >= o.tokenEnd && s - o.tokenEnd <= NAMED_NEAR && !joins(doc, o.span.end, startOf(s))) ||
      (e <= o.tokenStart && o.tokenStart - e <= HOLDER_AFTER + 1 && !joins(doc, endOf(e - 1), o.span.start));
    if (officialTokens.some(holds)) continue;
    const holder = scan.mentions.find(
      (m) =>
        (m.kind === "name" || m.kind === "demonym") &&
        ((m.tokenEnd <= o.tokenStart && o.tokenStart - m.tokenEnd <= HOLDER_BEFORE) ||
          (m.tokenStart >= o.tokenEnd && m.tokenStart - o.tokenEnd <= HOLDER_AFTER)) &&
        !/[,;:.!?()\n]/.test(doc.text.slice(Math.min(m.span.end, o.span.end), Math.max(m.span.start, o.span.start))),
    );
    if (!holder || added.some((a) => a.span.start === o.span.start)) continue;
    // …met by another country's listed official ("Baerbock und Neuseelands Außenministerin"), not a host, mediator
    // or commentator standing beside the happening ("in the presence of Qatar's Emir").
    if (joinedToAnother(doc, scan, Math.min(holder.tokenStart, o.tokenStart), holder.code))
      added.push({ code: holder.code, withOffice: true, span: o.span });
  }
  return withOfficials(doc, scan, added);
}
