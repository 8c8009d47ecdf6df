/**
 * Countries whose capital is called by the country's own name ("Kuwait City", "تونس العاصمة", "مدينة الكويت"):
 * a visit to the country ("زيارته إلى تونس", "a visit to Kuwait") is a visit to that capital. The gazetteer keeps
 * such a name as the country, so these are matched apart and count as a place only after a visit phrase.
 */
import data from "../../../seed/lexicons/countries.json";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { PlaceHit } from "./countries";
import { GAZETTEER, placeKey } from "./gazetteer-data";

/** The word for city or capital around a capital's name: "Kuwait City", "مدينة الكويت", "تونس العاصمة". */
const CITY_WORD = /^(?:مدينة|Ciudad de|Cidade d[eo]|Città d[ie]l?|Ville de)\s+|\s+(?:City|العاصمة)$/u;

// The JSON is ours (seed/lexicons): the curated capitals keep their place keys.
const CURATED = (data as unknown as { capitals: Readonly<Record<string, { key: string; names: { en?: string[] } }>> })
  .capitals;

let lexicon: Lexicon<{ key: string; name: string; country: string }> | undefined;
function capitalNames() {
  if (lexicon) return lexicon;
  const entries: LexiconEntry<{ key: string; name: string; country: string }>[] = [];
  for (const [code, en] of Object.entries(GAZETTEER.en ?? {})) {
    const name = en.capital[0];
    if (!name) continue;
    const curated = CURATED[code];
    const key =
      curated?.names.en?.[0] && placeKey(curated.names.en[0]) === placeKey(name) ? curated.key : placeKey(name);
    for (const [lang, countries] of Object.entries(GAZETTEER))
      for (const form of countries[code]?.capital ?? []) {
        const bare = form.replace(CITY_WORD, "").trim();
        if (bare !== form && bare.length > 2) entries.push({ pattern: bare, lang, data: { key, name, country: code } });
      }
  }
  lexicon = new Lexicon(entries);
  return lexicon;
}

/** Country names of the text that also name its capital, as places (each is the capital only after a visit phrase). */
export function capitalsByName(doc: MatchDoc): PlaceHit[] {
  return capitalNames()
    .match(doc)
    .map((m) => ({ ...m.data, span: m.span, byCountryName: true }));
}
