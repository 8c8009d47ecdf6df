/**
 * Titles of events. A report's headline is its event's title; a plain text without one may open with a
 * headline-like line (short, no final stop, followed by the body). Without any headline, the title is composed
 * from what the analysis knows — the pair, whether something was signed, the main sector, the place — in every
 * locale of the public surfaces ("Kazakhstan–Morocco: talks in Rabat (security and defence)"). Never a placeholder.
 */
import countriesData from "../../../seed/lexicons/countries.json";
import sectorsData from "../../../seed/sector-taxonomy.json";
import { countryName, LOCALES, type Locale } from "../../i18n/locales";
import type { Analysis } from "../types";
import { isDateLine, isLineOverHeadline, isWidgetLine, NUMBERED } from "./title-lines";

/** A headline is at most this long (characters) and this many words. */
const HEADLINE_MAX_CHARS = 160;
const HEADLINE_MAX_WORDS = 24;
/** The body after a headline-like line must be at least this many times longer than the line. */
const BODY_FACTOR = 2;
/** Sectors too general to say what a meeting was about. */
const GENERAL_SECTORS = new Set(["political-dialogue", "sovereignty-and-disputes"]);

/** How many date lines, bylines, credits and labels a page may print over its headline. */
const MAX_LINES_OVER_HEADLINE = 3;

/** Words a headline never ends on: conjunctions, articles, prepositions and possessives of the eight languages. */
const OPEN_END =
  /(?:^|\s)(?:and|or|of|the|a|an|to|in|on|for|with|his|her|its|their|et|ou|de|du|des|la|le|les|à|au|aux|son|sa|ses|e|o|ed|di|del|della|il|lo|gli|y|el|los|las|da|do|dos|das|und|oder|der|die|das|den|dem|von|zu|mit|и|в|на|с|по|و|في|من|على)$/iu;

/**
 * An all-number date with its year ending a headline's line ("… documents 10.03.2022", "… (05.02.2015)"), maybe after
 * a stamp's label and before its clock ("… Sicherheitsabkommen Stand: 16.02.2024 13:09 Uhr"): the page's date stamp.
 */
const DATE_STAMP =
  /\s+(?:(?:Stand|Aktualisiert|Updated|Published)\s*:\s*)?\(?(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})\)?(?:,?\s*\d{1,2}[:.h]\d{2}(?:\s*Uhr)?)?$/u;
/** Words after which a date ending a headline is the headline's own ("to meet on 14.04.2023"), besides OPEN_END's. */
const DATE_WORD_END = /(?:^|\s)(?:am|vom|от|до|el|em|no|al|dal|بتاريخ)$/iu;

/** A headline's line as the headline and the page's date stamp ending it, if it ends with one. */
function withoutStamp(line: string): { headline: string; stamp?: string } {
  const m = DATE_STAMP.exec(line);
  const rest = m ? line.slice(0, m.index) : line;
  if (!m?.[1] || OPEN_END.test(rest) || DATE_WORD_END.test(rest)) return { headline: line };
  return { headline: rest, stamp: m[1] };
}

/**
 * The line starting at `from` as a headline over the rest of the text, when it reads as one. The page's date lines
 * over it (`dateLines`) and a date stamp ending it stay with the body as its first lines: they are the page's date,
 * which date-page.ts reads when the report gives no publication date.
 */
function headlineAt(
  text: string,
  from: number,
  dateLines: readonly string[] = [],
): { headline: string; body: string } | undefined {
  const newline = text.indexOf("\n", from);
  if (newline < 0) return undefined;
  const { headline, stamp } = withoutStamp(text.slice(from, newline).trim());
  const body = text.slice(newline + 1).trim();
  const words = headline.split(/\s+/).length;
  if (headline.length < 12 || headline.length > HEADLINE_MAX_CHARS || words < 3 || words > HEADLINE_MAX_WORDS)
    return undefined;
  // A sentence, a dateline ("RABAT, 28 Feb (MAP) –") or a kicker ending in a colon is not a headline.
  if (/[.!?…:;,،؛–—-]$/u.test(headline) || !/^[\p{Lu}\p{Lo}\d«"“']/u.test(headline)) return undefined;
  // A line cut off mid-sentence (a hard-wrapped text's first line) ends on a word that needs what follows ("…and
  // his", "…signed an") or goes on in lower case on the next line: no headline.
  if (OPEN_END.test(headline) || /^\p{Ll}/u.test(body)) return undefined;
  // A line with two years is a document's record line ("Approved on 13 February 2025 … in force from 19 March
  // 2025"), part of the text, not its headline.
  if ((headline.match(/(?:^|\D)(?:1[89]|20)\d\d(?!\d)/g) ?? []).length >= 2) return undefined;
  if (body.length < BODY_FACTOR * headline.length || !/[.!?。؟]/.test(body)) return undefined;
  const dated = stamp ? [...dateLines, stamp] : dateLines;
  return { headline, body: dated.length > 0 ? `${dated.join("\n\n")}\n\n${body}` : body };
}

/** The headline-like first line of a plain text, and the body after it; undefined when the text opens with prose. */
export function splitHeadline(text: string): { headline: string; body: string } | undefined {
  // A page's date line, a byline, a photo credit or furniture over the headline ("Tuesday, 3 June 2025", "Jane Roe",
  // "Get in touch") is skipped, and so is a widget's line (weather, exchange rates, a slogan in another script).
  // A numbered navigation list that opens with a skip link ("1. Skip to content", "2. …") is skipped to its end.
  let from = 0;
  let navigation = false;
  const dateLines: string[] = [];
  for (let skipped = 0; ; from = text.indexOf("\n", from) + 1) {
    const end = text.indexOf("\n", from);
    if (end < 0) return undefined;
    const line = text.slice(from, end).trim();
    if (!line || isWidgetLine(line)) continue;
    const numbered = NUMBERED.test(line);
    navigation = numbered && (navigation || (skipped === 0 && isLineOverHeadline(line)));
    if (navigation) continue;
    if (!isLineOverHeadline(line)) return headlineAt(text, from, dateLines);
    if (isDateLine(line)) dateLines.push(line);
    if (++skipped > MAX_LINES_OVER_HEADLINE) return undefined;
  }
}

type Names = Partial<Record<string, readonly string[]>>;
interface PlaceRow {
  key?: string;
  names: Names;
}
// The JSON is ours (seed/lexicons): capitals and places carry their names per language.
const GAZETTEER = countriesData as unknown as {
  capitals: Readonly<Record<string, PlaceRow | string>>;
  places: Readonly<Record<string, PlaceRow | string>>;
};
const SECTOR_LABELS = new Map(
  (sectorsData as unknown as { sectors: { slug: string; labels: Partial<Record<Locale, string>> }[] }).sectors.map(
    (s) => [s.slug, s.labels],
  ),
);

let placeNames: Map<string, Names> | undefined;
/** A place's names per language, by its English name ('Rabat' → { ar: ['الرباط'], ru: ['Рабат'] }). */
function namesOfPlace(english: string): Names | undefined {
  if (!placeNames) {
    placeNames = new Map();
    for (const row of [...Object.values(GAZETTEER.capitals), ...Object.values(GAZETTEER.places)]) {
      if (typeof row === "string") continue;
      for (const en of row.names.en ?? []) placeNames.set(en, row.names);
    }
  }
  return placeNames.get(english);
}

interface Parts {
  countries: string;
  signed: boolean;
  place?: string;
  focus?: string;
}

/** "à Rabat", "au Caire"; "a Roma", "al Cairo": the locative with its article contracted. */
const locative: Record<Locale, (place: string) => string> = {
  en: (p) => `in ${p}`,
  fr: (p) => (/^Le /.test(p) ? `au ${p.slice(3)}` : /^Les /.test(p) ? `aux ${p.slice(4)}` : `à ${p}`),
  it: (p) => (/^Il /.test(p) ? `al ${p.slice(3)}` : `a ${p}`),
  ru: (p) => `(${p})`,
  ar: (p) => `في ${p}`,
};
const KIND: Record<Locale, { talks: string; signed: string }> = {
  en: { talks: "talks", signed: "agreement signed" },
  fr: { talks: "entretiens", signed: "signature d'un accord" },
  it: { talks: "colloqui", signed: "firma di un accordo" },
  ru: { talks: "переговоры", signed: "подписание соглашения" },
  ar: { talks: "مباحثات", signed: "توقيع اتفاق" },
};

function compose(locale: Locale, p: Parts): string {
  const kind = KIND[locale][p.signed ? "signed" : "talks"];
  const place = p.place ? ` ${locative[locale](p.place)}` : "";
  const focus = p.focus ? ` — ${p.focus}` : "";
  const colon = locale === "fr" ? " : " : ": ";
  return `${p.countries}${colon}${kind}${place}${focus}`;
}

/** A title composed from the analysis for one pair, per locale. */
export function composedTitles(a: Analysis, pair: string): Record<Locale, string> {
  const codes = pair.split("-");
  const focusSlug = a.sectors.find((s) => !GENERAL_SECTORS.has(s.slug))?.slug;
  const signed = a.commitments.some((c) => c.status === "signed" && (!c.signedOn || c.signedOn === a.eventDate?.date));
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const names = codes.map((c) => countryName(c, locale));
    const label = focusSlug ? SECTOR_LABELS.get(focusSlug)?.[locale] : undefined;
    const place = a.place ? (namesOfPlace(a.place)?.[locale]?.[0] ?? a.place) : undefined;
    const parts: Parts = {
      countries: locale === "ar" ? names.join(" و") : names.join("–"),
      signed,
    };
    if (place) parts.place = place;
    if (label) parts.focus = locale === "ar" ? label : label.charAt(0).toLowerCase() + label.slice(1);
    out[locale] = compose(locale, parts);
  }
  return out;
}

/**
 * The titles of the event a report starts on a pair, per locale: the report's headline in its language (and in
 * English until a reviewer translates it), composed titles in the other locales; composed everywhere without one.
 */
export function eventTitles(a: Analysis, pair: string): Record<string, string> {
  const composed: Record<string, string> = composedTitles(a, pair);
  return a.title && !a.titleComposed ? { ...composed, en: a.title, [a.language]: a.title } : composed;
}
