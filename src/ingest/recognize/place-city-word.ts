/**
 * A town named through the word for city, maybe with its country's adjective or name between: "the Togolese city
 * of Kpalimé", "la ville sénégalaise de Tambacounda", "città dell'Arabia Saudita di Al Ula", "la ciudad ecuatoriana
 * de Loja", "cidade da Praia", "der polnischen Stadt Zamość". The phrase says the name is a city, so a name the
 * gazetteer lacks is one too, kept as written (Latin script only: a name in another script has no English form
 * here). The hit spans the phrase from its article, so the preposition before it ("in", "dans", "nella", "en",
 * "na") is what place.ts reads to tell where the happening was.
 */
import type { MatchDoc } from "../match/normalize";
import type { CountryMention, PlaceHit } from "./countries";
import { placeKey } from "./gazetteer-data";

/** The phrase before the name, in each Latin-script language. */
const FRAME = new RegExp(
  [
    String.raw`the\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:(?:port|border|coastal|resort|historic|holy|northern|southern|eastern|western)\s+)?(?:city|town)\s+of\s+`,
    String.raw`la\s+(?:ville|cité)\s+(?:\p{Ll}+\s+){0,2}?(?:de\s+|d['’])`,
    String.raw`città\s+(?:\p{Ll}+\s+){0,2}?(?:di\s+|d(?:ell['’]|el\s+|ella\s+)\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s+di\s+)`,
    String.raw`la\s+ciudad\s+(?:\p{Ll}+\s+){0,2}?de\s+`,
    String.raw`cidade\s+(?:\p{Ll}+\s+){0,2}?(?:de|da|do)\s+`,
    String.raw`der\s+(?:\p{Ll}+\s+)?Stadt\s+`,
  ].join("|"),
  "gu",
);
/** The name right after it: one to three capitalized words, maybe opened by an article or a saint's title. */
const NAME =
  /^(?:(?:Al|El|La|Le|Los|Las|San|Santa|São|Saint|St\.|Port|Puerto|Porto|New)[\s-])?\p{Lu}[\p{L}\p{M}'’]+(?:-\p{L}[\p{L}\p{M}'’]+)*(?:\s\p{Lu}[\p{L}\p{M}'’]+){0,2}/u;

/**
 * The towns named through the word for city, as place hits: a place of the gazetteer where the name is one
 * (its English name), else the name as written; never a country's name ("la ciudad de Panamá" is the capital's
 * own name, matched elsewhere).
 */
export function cityWordPlaces(
  doc: MatchDoc,
  places: readonly PlaceHit[],
  mentions: readonly CountryMention[],
): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of doc.text.matchAll(FRAME)) {
    const at = m.index + m[0].length;
    const name = NAME.exec(doc.text.slice(at, at + 60))?.[0];
    if (!name || mentions.some((x) => x.span.start === at && x.kind === "name")) continue;
    const known = places.find((p) => p.span.start === at);
    const end = known ? known.span.end : at + name.length;
    const span = { start: m.index, end, text: doc.text.slice(m.index, end) };
    const country = mentions.find((x) => x.span.start >= m.index && x.span.end <= at)?.code ?? "";
    out.push(known ? { ...known, span } : { key: placeKey(name), name, country, span });
  }
  return out;
}
