/**
 * The country gazetteer: every name, demonym, capital and place the pipeline recognizes, in 8 languages.
 * Names come from i18n-iso-countries and Intl.DisplayNames; seed/lexicons/countries.json adds aliases,
 * demonyms, capitals (weak signals), places, ambiguous names and blocked phrases. Scoring lives in countries.ts.
 */
import ar from "i18n-iso-countries/langs/ar.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import pt from "i18n-iso-countries/langs/pt.json";
import ru from "i18n-iso-countries/langs/ru.json";
import data from "../../../seed/lexicons/countries.json";
import { ISO_ALPHA2 } from "../../lib/iso3166";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import { norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface CountriesData {
  locales: readonly string[];
  exclude: Readonly<Record<string, readonly string[]>>;
  ambiguous: Readonly<Record<string, readonly string[]>>;
  blocked: ByLang;
  names: Readonly<Record<string, ByLang>>;
  demonyms: Readonly<Record<string, ByLang>>;
  capitals: Readonly<Record<string, { key: string; names: ByLang }>>;
  places: Readonly<Record<string, { country: string; names: ByLang }>>;
}
// The JSON is ours (seed/lexicons); the "$comment" keys are skipped below, and a unit test checks the shape.
const LEX = data as unknown as CountriesData;
const I18N: Readonly<Record<string, { countries: Readonly<Record<string, string | readonly string[]>> }>> = {
  en,
  fr,
  ar,
  it,
  es,
  ru,
  pt,
  de,
};

export type MentionKind = "name" | "demonym" | "capital" | "place" | "blocked";
export interface CountryData {
  code: string;
  kind: MentionKind;
  ambiguous: boolean;
  /** Canonical lower-case English name of a capital or place. */
  place?: string;
  /** Its English name as printed ('Rabat', 'New York'). */
  placeName?: string;
}

const own = <T>(o: Readonly<Record<string, T>>) => Object.entries(o).filter(([k]) => !k.startsWith("$"));
const list = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [] : typeof v === "string" ? [v] : v;

function casingOf(pattern: string): LexiconEntry<unknown>["casing"] {
  if (/[\u0600-\u06FF]/.test(pattern)) return undefined;
  const letters = pattern.replace(/[^\p{L}]/gu, "");
  if (letters.length <= 5 && letters === letters.toUpperCase()) return "upper";
  return "capital";
}

function buildEntries(): LexiconEntry<CountryData>[] {
  const entries: LexiconEntry<CountryData>[] = [];
  const excluded = new Set(own(LEX.exclude).flatMap(([code, names]) => names.map((n) => `${code}:${norm(n)}`)));
  const ambiguous = new Set(own(LEX.ambiguous).flatMap(([code, names]) => names.map((n) => `${code}:${norm(n)}`)));
  const curated = new Map<string, string>();
  for (const [code, byLang] of own(LEX.names))
    for (const [, names] of own(byLang)) for (const n of names) curated.set(norm(n), code);

  // Generated names; a name two countries share ("Congo") is dropped unless curated for one of them.
  const generated = new Map<string, { code: string; lang: string; pattern: string }[]>();
  const addGenerated = (code: string, lang: string, pattern: string) => {
    const key = norm(pattern);
    if (!key || excluded.has(`${code}:${key}`)) return;
    const rows = generated.get(key) ?? [];
    rows.push({ code, lang, pattern });
    generated.set(key, rows);
  };
  for (const lang of LEX.locales) {
    const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (const code of ISO_ALPHA2) {
      const names = [...list(I18N[lang]?.countries[code]), ...list(display.of(code))];
      for (const name of names) {
        addGenerated(code, lang, name);
        const bare = /^(.+?) \(/.exec(name)?.[1];
        if (bare) addGenerated(code, lang, bare);
      }
    }
  }
  const seen = new Set<string>();
  const push = (
    code: string,
    kind: MentionKind,
    lang: string,
    pattern: string,
    place?: { key: string; name: string },
  ) => {
    // The same word in several languages ("Kazakhstan" in en and fr) is one entry, unless its endings differ.
    const endingsLang = lang === "de" || lang === "ru" || lang === "ar" ? lang : "-";
    const id = `${code}|${kind}|${endingsLang}|${pattern}`;
    if (seen.has(id)) return;
    seen.add(id);
    const casing = kind === "demonym" ? (lang === "en" ? "capital" : undefined) : casingOf(pattern);
    entries.push({
      pattern,
      lang,
      data: {
        code,
        kind,
        ambiguous: ambiguous.has(`${code}:${norm(pattern)}`),
        ...(place ? { place: place.key, placeName: place.name } : {}),
      },
      ...(casing ? { casing } : {}),
    });
  };
  for (const [key, rows] of generated) {
    const owner = curated.get(key);
    const codes = new Set(rows.map((r) => r.code));
    for (const r of rows) {
      if (owner ? owner !== r.code : codes.size > 1) continue;
      push(r.code, "name", r.lang, r.pattern);
    }
  }
  for (const [code, byLang] of own(LEX.names))
    for (const [lang, names] of own(byLang)) for (const n of names) push(code, "name", lang, n);
  for (const [code, byLang] of own(LEX.demonyms))
    for (const [lang, names] of own(byLang)) for (const n of names) push(code, "demonym", lang, n);
  for (const [code, cap] of own(LEX.capitals)) {
    const place = { key: cap.key, name: cap.names.en?.[0] ?? cap.key };
    for (const [lang, names] of own(cap.names)) for (const n of names) push(code, "capital", lang, n, place);
  }
  for (const [key, p] of own(LEX.places)) {
    const place = { key, name: p.names.en?.[0] ?? key };
    for (const [lang, names] of own(p.names)) for (const n of names) push(p.country, "place", lang, n, place);
  }
  for (const [lang, names] of own(LEX.blocked))
    for (const n of names) entries.push({ pattern: n, lang, data: { code: "", kind: "blocked", ambiguous: false } });
  return entries;
}

let lexicon: Lexicon<CountryData> | undefined;
/** The country lexicon (built on first use: ~250 countries × 8 languages). */
export function countryLexicon(): Lexicon<CountryData> {
  lexicon ??= new Lexicon(buildEntries());
  return lexicon;
}

/** A capital or city named in the text (for events): its canonical key ('rabat') and English name ('Rabat'). */
