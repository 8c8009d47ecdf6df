/**
 * Countries whose capital is called by the country's own name ("Kuwait City", "تونس العاصمة", "مدينة الكويت"):
 * a visit to the country ("زيارته إلى تونس", "a visit to Kuwait") is a visit to that capital. The gazetteer keeps
 * such a name as the country, so these are matched apart and count as a place only after a visit phrase.
 * A city-state (seed/lexicons/gazetteer/city-states.json: Singapore, Monaco, Kuwait…) is its capital: its every
 * name is a place wherever a capital would be one ("talks in Singapore", "à Monaco", "в Кувейте").
 */
import data from "../../../seed/lexicons/countries.json";
import cityStates from "../../../seed/lexicons/gazetteer/city-states.json";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { PlaceHit } from "./countries";
import { countryEntries } from "./gazetteer";
import { GAZETTEER, placeKey } from "./gazetteer-data";

/** The word for city or capital around a capital's name: "Kuwait City", "مدينة الكويت", "تونس العاصمة". */
const CITY_WORD = /^(?:مدينة|Ciudad de|Cidade d[eo]|Città d[ie]l?|Ville de)\s+|\s+(?:City|العاصمة)$/u;

// The JSON is ours (seed/lexicons): the curated capitals keep their place keys.
const CURATED = (data as unknown as { capitals: Readonly<Record<string, { key: string; names: { en?: string[] } }>> })
  .capitals;

/** A city-state's name opening a longer name ("Kuwait News Agency", "Singapore Airlines") names no place. */
const PART_OF_NAME = /^[ -]\p{Lu}\p{Ll}/u;
/** Countries that are in practice their capital. */
const CITY_STATES: ReadonlySet<string> = new Set((cityStates as { codes: readonly string[] }).codes);

/**
 * A country's capital as a place: its key ('rabat'; a capital curated in countries.json keeps its key) and its
 * English name ('Rabat').
 */
export function capitalPlace(code: string): { key: string; name: string } | undefined {
  const name = GAZETTEER.en?.[code]?.capital[0];
  if (!name) return undefined;
  const curated = CURATED[code]?.names.en?.[0];
  const cap = CURATED[code];
  return { key: cap && curated && placeKey(curated) === placeKey(name) ? cap.key : placeKey(name), name };
}

type Capital = { key: string; name: string; country: string; cityState: boolean };
let lexicon: Lexicon<Capital> | undefined;
function capitalNames() {
  if (lexicon) return lexicon;
  const entries: LexiconEntry<Capital>[] = [];
  for (const code of Object.keys(GAZETTEER.en ?? {})) {
    const place = capitalPlace(code);
    if (!place) continue;
    const { key, name } = place;
    if (CITY_STATES.has(code)) {
      // Every name of the country, as the gazetteer matches it (Singapur, Сингапур, سنغافورة…), is the capital's.
      for (const e of countryEntries().entries)
        if (e.data.code === code && e.data.kind === "name")
          entries.push({ ...e, data: { key, name, country: code, cityState: true } });
      continue;
    }
    for (const [lang, countries] of Object.entries(GAZETTEER))
      for (const form of countries[code]?.capital ?? []) {
        const bare = form.replace(CITY_WORD, "").trim();
        if (bare !== form && bare.length > 2)
          entries.push({ pattern: bare, lang, data: { key, name, country: code, cityState: false } });
      }
  }
  lexicon = new Lexicon(entries);
  return lexicon;
}

/**
 * Country names of the text that also name its capital, as places: a city-state's is a place like any capital's,
 * any other is the capital only after a visit phrase.
 */
export function capitalsByName(doc: MatchDoc): PlaceHit[] {
  return capitalNames()
    .match(doc)
    .filter((m) => !m.data.cityState || !PART_OF_NAME.test(doc.text.slice(m.span.end, m.span.end + 30)))
    .map(({ data: { cityState, ...place }, span }) =>
      cityState ? { ...place, span } : { ...place, span, byCountryName: true },
    );
}
