/**
 * City names that carry an article ("Le Caire", "L'Aia", "Il Cairo", "El Cairo", "La Mecca", "O Cairo") lose it
 * when a preposition merges with it: "au Caire", "all'Aia", "nell'Avana", "al Cairo", "alla Mecca", "no Cairo".
 * The gazetteer matches the full name, so here each such name is also matched without its article, and a match
 * counts only right after a preposition merged with that article. Whether the preposition is one of place ("au",
 * "all'") or of origin ("du", "dall'") is for the place rules to tell.
 */
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { PlaceHit } from "./countries";
import { countryEntries } from "./gazetteer";

/** The article a name opens with, and the rest of the name. */
const ARTICLE = /^(le|les|la|l['’]|il|lo|el|o|a)\s*(\p{Lu}.+)$/iu;
/** The prepositions merged with each article (fr, it, es, pt), as they end the text before the bare name. */
const MERGED: Readonly<Record<string, RegExp>> = {
  le: /(?:^|[\s(])(?:au|du)\s+$/iu,
  les: /(?:^|[\s(])(?:aux|des)\s+$/iu,
  il: /(?:^|[\s(])(?:al|nel|dal|del|sul|col)\s+$/iu,
  lo: /(?:^|[\s(])(?:allo|nello|dallo|dello|sullo)\s+$/iu,
  "l'": /(?:^|[\s(])(?:all|nell|dall|dell|sull)['’]\s*$/iu,
  la: /(?:^|[\s(])(?:alla|nella|dalla|della|sulla)\s+$/iu,
  el: /(?:^|[\s(])(?:al|del)\s+$/iu,
  o: /(?:^|[\s(])(?:no|ao|do)\s+$/iu,
  a: /(?:^|[\s(])(?:na|à|da)\s+$/iu,
};

type Elided = { key: string; name: string; country: string; article: string };
let lexicon: Lexicon<Elided> | undefined;
function elidedNames(): Lexicon<Elided> {
  if (lexicon) return lexicon;
  const entries: LexiconEntry<Elided>[] = [];
  for (const e of countryEntries().entries) {
    const { place, placeName, code, kind } = e.data;
    if (!place || !placeName || (kind !== "capital" && kind !== "place")) continue;
    const m = ARTICLE.exec(e.pattern);
    const article = m?.[1]?.toLowerCase().replace("’", "'");
    if (!m?.[2] || !article || !MERGED[article]) continue;
    entries.push({
      pattern: m[2],
      lang: e.lang,
      data: { key: place, name: placeName, country: code, article },
      casing: "capital",
    });
  }
  lexicon = new Lexicon(entries);
  return lexicon;
}

/** Places named without their article after a preposition merged with it ("au Caire", "all'Aia"), in text order. */
export function elidedPlaces(doc: MatchDoc): PlaceHit[] {
  return elidedNames()
    .match(doc)
    .filter((m) => MERGED[m.data.article]?.test(doc.text.slice(Math.max(0, m.span.start - 12), m.span.start)))
    .map(({ data: { article: _, ...place }, span }) => ({ ...place, span }));
}
