/**
 * A country's name that does not stand for the country: part of a geographic feature's name ("río Uruguay",
 * "the Uruguay River", "South China Sea", "mar de China") or of a person's name ("Luís Montenegro", "primeiro-ministro
 * Montenegro"). Such a mention counts for no country (countries.ts).
 */
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";
import { AMBIGUOUS_NAMES, officialNameMatches } from "./officials-data";

/** A feature word right before the name, maybe with a preposition and article ("río", "fleuve", "mar de", "lake",
 * "Golf von"; Arabic "خليج", "نهر" in construct, with a clitic but never the article: "الخليج" is the Gulf region). */
const FEATURE_BEFORE =
  /(?:^|[\s(«"“])(?:río|rio|fleuve|rivière|fiume|river|lake|lago|lac|golfe|golfo|gulf|bahía|baie|baia|baía|détroit|estrecho|stretto|estreito|mar|mer|sea|mount|monte|mont|sierra|cordillera|река|реки|реке|рекой|озеро|озера|Fluss|Golf|[وفبل]?(?:خليج|نهر|بحر|بحيرة|مضيق))(?:\s+(?:de|du|des|del|della|di|do|da|of|the|de la|de l|von))?\s+$/iu;
/** A feature word right after the name ("Uruguay River", "China Sea", "Kongo-Fluss"). */
const FEATURE_AFTER =
  /^(?:\s+|-)(?:River|Lake|Gulf|Strait|Basin|Valley|Delta|Sea|Canal|Meridional|Oriental|Fluss|Flusses|Meer|méridionale|orientale)\b/u;
/** An office title right before a surname ("primeiro-ministro Montenegro", "Prime Minister Montenegro"). */
const OFFICE_BEFORE =
  /(?:president[ea]?|président[e]?|presidente|premier|prime minister|primeiro-ministro|primer ministro|premier ministre|primo ministro|ministr[oea]|minister|ministre|chancellor|chanceler|canciller|kanzler\w*|premierminister\w*|präsident\w*|sr\.|sra\.|mr\.|mrs\.|m\.|dr\.)\s+$/iu;
/** A capitalized first name right before a surname, inside a sentence ("Luís Montenegro"). */
const FIRST_NAME_BEFORE = /[^\s.!?:;\n]\s+\p{Lu}\p{Ll}+\s+$/u;

/** How much text before and after a mention is read. */
const REACH = 40;

/** Whether a mention is part of a geographic feature's name ("río Uruguay", "the Uruguay River"). */
function inFeature(doc: MatchDoc, span: Span): boolean {
  const before = doc.text.slice(Math.max(0, span.start - REACH), span.start);
  return FEATURE_BEFORE.test(before) || FEATURE_AFTER.test(doc.text.slice(span.end, span.end + REACH));
}

/** Whether a mention is a surname after a first name or an office title ("Luís Montenegro"). */
function inPersonName(doc: MatchDoc, span: Span): boolean {
  // Only names that are also surnames (seed/lexicons/officials.json ambiguousNames: Montenegro…) can be a person's.
  if (!AMBIGUOUS_NAMES.has(norm(span.text))) return false;
  const before = doc.text.slice(Math.max(0, span.start - REACH), span.start);
  return OFFICE_BEFORE.test(before) || FIRST_NAME_BEFORE.test(before);
}

/**
 * The country-name mentions (by span start) that do not stand for the country: inside a feature's name, inside a
 * person's name, or the same word as a surname the text gives in full elsewhere ("Luís Montenegro … Montenegro said").
 */
export function notTheCountry(
  doc: MatchDoc,
  spans: readonly Span[],
  surnames: ReadonlySet<string> = personSurnames(doc, spans),
): Set<number> {
  const out = new Set<number>();
  for (const s of spans) if (inFeature(doc, s) || surnames.has(norm(s.text))) out.add(s.start);
  return out;
}

/** The country names (normalized) that a text uses as a person's surname ("Luís Montenegro" gives "montenegro"). */
export function personSurnames(doc: MatchDoc, spans: readonly Span[]): Set<string> {
  return new Set(spans.filter((s) => inPersonName(doc, s)).map((s) => norm(s.text)));
}

/**
 * The words shared by a country and a surname (ambiguousNames: "السوداني", "Montenegro") that the text gives as the
 * last word of a listed official's full name ("محمد شياع السوداني", Iraq's prime minister): every mention of such a
 * word, alone or in the headline ("«السوداني»: 11 مذكرة…"), is that person, not the country or its people.
 */
export function officialSurnames(doc: MatchDoc): ReadonlySet<string> {
  const known = SURNAMES.get(doc);
  if (known) return known;
  const out = new Set<string>();
  for (const m of officialNameMatches(doc)) {
    if (m.tokenEnd - m.tokenStart < 2) continue;
    const last = norm(doc.tokens[m.tokenEnd - 1]?.text ?? "");
    if (AMBIGUOUS_NAMES.has(last)) out.add(last);
  }
  SURNAMES.set(doc, out);
  return out;
}

/**
 * Arabic nouns a demonym after them qualifies ("وزير الخارجية السوداني", "رئيس مجلس السيادة السوداني", "والسفير
 * السوداني"): there the word is the country's adjective, whoever else bears it as a surname.
 */
const QUALIFIED = new Set(
  [
    "الخارجية",
    "الرئيس",
    "رئيس",
    "السيادة",
    "السفير",
    "سفير",
    "الوزير",
    "وزير",
    "الوفد",
    "وفد",
    "الجانب",
    "الحكومة",
    "الشعب",
    "الجيش",
    "مجلس",
    "وزارة",
    "الوزراء",
    "القوات",
    "الدفاع",
    "الداخلية",
    "السفارة",
    "نظيره",
    "نظيرها",
  ].map(norm),
);

/** Whether a mention is a listed official's surname here: given in full elsewhere, and no noun's adjective. */
export function isOfficialSurname(
  doc: MatchDoc,
  span: Span,
  surnames: ReadonlySet<string> = officialSurnames(doc),
): boolean {
  if (!surnames.has(norm(span.text))) return false;
  const before = doc.text.slice(Math.max(0, span.start - 30), span.start);
  const last = before.match(/(\S+)\s+$/u)?.[1] ?? "";
  const word = norm(last).replace(/^و(?=\p{L}{3})/u, "");
  return !QUALIFIED.has(word) && !QUALIFIED.has(norm(last));
}

/** Each text's official surnames, read once (countries.ts and the headline's bonds both ask). */
const SURNAMES = new WeakMap<MatchDoc, ReadonlySet<string>>();

/**
 * The United States' words are also the continent's: a region's word joined by a hyphen before one makes another
 * region's ("sul-americano", "latino-americanos", "centro-americana", "South-American"), and "US" before a dollar sign
 * is a currency ("US$ 3,5 bilhões"). Neither names the country. (A hyphen before another country's demonym may
 * well name it: "sud-coréen", "sul-africano".)
 */
const REGION_BEFORE =
  /(?:^|[^\p{L}])(?:sul|sud|sur|latino|latin|centro|central|meso|afro|ibero|pan|south|süd|mittel|latein|латино|центрально)[-‐‑]$/iu;
const CURRENCY_AFTER = /^\s?\$/u;

/** Whether a mention of the United States is part of a region's compound or of a currency. */
export function partOfAnother(doc: MatchDoc, code: string, span: Span): boolean {
  if (code !== "US") return false;
  const before = doc.text.slice(Math.max(0, span.start - 16), span.start);
  return REGION_BEFORE.test(before) || CURRENCY_AFTER.test(doc.text.slice(span.end, span.end + 2));
}
