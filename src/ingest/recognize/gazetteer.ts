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
import cities from "../../../seed/lexicons/gazetteer/cities.json";
import venues from "../../../seed/lexicons/gazetteer/venues.json";
import { ISO_ALPHA2 } from "../../lib/iso3166";
import { GAZETTEER, placeKey } from "./gazetteer-data";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import { norm as normalize } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface CountriesData {
  locales: readonly string[];
  exclude: Readonly<Record<string, readonly string[]>>;
  ambiguous: Readonly<Record<string, readonly string[]>>;
  blocked: ByLang;
  names: Readonly<Record<string, ByLang>>;
  demonyms: Readonly<Record<string, ByLang>>;
  capitals: Readonly<Record<string, { key: string; names: ByLang }>>;
  /** Cities and venues; a venue (Kremlin) carries the English `name` of its city, under that city's key. */
  places: Readonly<Record<string, { country: string; name?: string; names: ByLang }>>;
}
// The JSON is ours (seed/lexicons); the "$comment" keys are skipped below, and a unit test checks the shape.
const LEX = data as unknown as CountriesData;
const CITIES = cities as unknown as { cities: CountriesData["places"] };
const VENUES = venues as unknown as { venues: CountriesData["places"] };
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

/**
 * A state's name made of its form of state and more words ("République démocratique du Congo", "dominikanische
 * Republik", "Reino de Marruecos"): outlets often write it in lower case ("la république dominicaine"), and as a whole
 * it means nothing else, so it matches in any case.
 */
const STATE_FORM =
  /(?:^|\s)(?:republic|république|républiques|república|repubblica|republik|республика|kingdom|royaume|reino|regno|königreich|королевство)(?:\s|$)/iu;

function casingOf(pattern: string): LexiconEntry<unknown>["casing"] {
  if (/[\u0600-\u06FF]/.test(pattern)) return undefined;
  const letters = pattern.replace(/[^\p{L}]/gu, "");
  if (letters.length <= 5 && letters === letters.toUpperCase()) return "upper";
  if (/\s/.test(pattern.trim()) && STATE_FORM.test(pattern)) return undefined;
  return "capital";
}

interface Candidate {
  code: string;
  kind: MentionKind;
  lang: string;
  pattern: string;
  place?: { key: string; name: string };
}

/** A demonym or capital of the gazetteer files that two countries claim ('Congolese', 'Jerusalem'): left out. */
export interface SharedPattern {
  pattern: string;
  lang: string;
  codes: readonly string[];
  kind: MentionKind;
}

/** The candidates of seed/lexicons/gazetteer: names, demonyms and capitals per language. */
function gazetteerCandidates(): Candidate[] {
  const out: Candidate[] = [];
  const english = GAZETTEER.en ?? {};
  const places = new Map<string, { key: string; name: string }>();
  for (const [code, c] of Object.entries(english)) {
    const en = c.capital[0];
    if (!en) continue;
    // The key of a capital already curated in countries.json stays what it was.
    const curatedCap = LEX.capitals[code];
    const curatedEn = curatedCap?.names.en?.[0];
    const key = curatedCap && curatedEn && placeKey(curatedEn) === placeKey(en) ? curatedCap.key : placeKey(en);
    places.set(code, { key, name: en });
  }
  for (const [lang, countries] of Object.entries(GAZETTEER)) {
    for (const [code, c] of Object.entries(countries)) {
      for (const n of c.names) out.push({ code, kind: "name", lang, pattern: n });
      for (const d of c.demonyms) out.push({ code, kind: "demonym", lang, pattern: d });
      const place = places.get(code);
      if (place) for (const n of c.capital) out.push({ code, kind: "capital", lang, pattern: n, place });
    }
  }
  return out;
}

function buildEntries(): { entries: LexiconEntry<CountryData>[]; shared: SharedPattern[] } {
  const entries: LexiconEntry<CountryData>[] = [];
  // One pattern comes back in many languages and passes several checks: normalize it once.
  const forms = new Map<string, string>();
  const norm = (p: string) => {
    let n = forms.get(p);
    if (n === undefined) {
      n = normalize(p);
      forms.set(p, n);
    }
    return n;
  };
  const excluded = new Set(own(LEX.exclude).flatMap(([code, names]) => names.map((n) => `${code}:${norm(n)}`)));
  const ambiguous = new Set(own(LEX.ambiguous).flatMap(([code, names]) => names.map((n) => `${code}:${norm(n)}`)));
  const files = gazetteerCandidates();
  const curated = new Map<string, string>();
  for (const [code, byLang] of own(LEX.names))
    for (const [, names] of own(byLang)) for (const n of names) curated.set(norm(n), code);
  for (const c of files) if (c.kind === "name") curated.set(norm(c.pattern), c.code);

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
  const candidates: Candidate[] = [];
  for (const [key, rows] of generated) {
    const owner = curated.get(key);
    const codes = new Set(rows.map((r) => r.code));
    for (const r of rows) {
      if (owner ? owner !== r.code : codes.size > 1) continue;
      candidates.push({ code: r.code, kind: "name", lang: r.lang, pattern: r.pattern });
    }
  }
  for (const [code, byLang] of own(LEX.names))
    for (const [lang, names] of own(byLang))
      for (const n of names) candidates.push({ code, kind: "name", lang, pattern: n });
  for (const [code, byLang] of own(LEX.demonyms))
    for (const [lang, names] of own(byLang))
      for (const n of names) candidates.push({ code, kind: "demonym", lang, pattern: n });
  for (const [code, cap] of own(LEX.capitals)) {
    const place = { key: cap.key, name: cap.names.en?.[0] ?? cap.key };
    for (const [lang, names] of own(cap.names))
      for (const n of names) candidates.push({ code, kind: "capital", lang, pattern: n, place });
  }

  // A seat of government listed under its capital's own key (the Élysée, the Kremlin, the Casa Rosada) stands for
  // the state as its capital does ("reçu à l'Élysée", "the Kremlin said"); other cities and resorts are places only.
  const capitalKeys = new Map(own(LEX.capitals).map(([code, cap]) => [code, cap.key]));
  // The main cities (gazetteer/cities.json) and the venues of gazetteer/venues.json are places only.
  const rows = [...own(LEX.places), ...own(CITIES.cities)].map(([k, p]) => ({ key: k, p, venue: false }));
  for (const { key, p, venue } of rows.concat(own(VENUES.venues).map(([k, p]) => ({ key: k, p, venue: true })))) {
    const place = { key, name: p.name ?? p.names.en?.[0] ?? key };
    const kind = !venue && capitalKeys.get(p.country) === key ? "capital" : "place";
    for (const [lang, names] of own(p.names))
      for (const n of names) candidates.push({ code: p.country, kind, lang, pattern: n, place });
  }
  const fromFiles = new Set<Candidate>(files);

  // The same word in several languages ("Kazakhstan" in en and fr) is one entry, unless its endings differ (Italian
  // adds none);
  // a name or capital spelled the same in German and a plain -s language takes only -s ("Dominica" ≠ "Dominican").
  const all = [...candidates, ...files];
  const endingsOf = (lang: string) => (lang === "de" || lang === "ru" || lang === "ar" || lang === "it" ? lang : "-");
  const plain = new Set(all.filter((c) => endingsOf(c.lang) === "-").map((c) => `${c.code}|${c.kind}|-|${c.pattern}`));
  const seen = new Set<string>();
  const unique = all.filter((c) => {
    if (c.lang === "de" && c.kind !== "demonym" && plain.has(`${c.code}|${c.kind}|-|${c.pattern}`)) return false;
    const endingsLang = endingsOf(c.lang);
    const id = `${c.code}|${c.kind}|${endingsLang}|${c.pattern}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const keyed = unique.map((c) => ({ c, key: norm(c.pattern) }));

  // Who claims each surface form: a file demonym or capital claimed by another country too is left out,
  // and a capital spelled like its own country's name ("Singapore", "Кувейт") stays a name.
  const claims = new Map<string, Set<string>>();
  const names = new Set<string>();
  for (const { c, key } of keyed) {
    if (c.kind === "place") continue;
    if (c.kind === "name") names.add(`${c.code}:${key}`);
    const set = claims.get(key) ?? new Set<string>();
    set.add(c.code);
    claims.set(key, set);
  }
  const shared: SharedPattern[] = [];
  const usable = keyed.filter(({ c, key }) => {
    if (!fromFiles.has(c) || c.kind === "name") return true;
    const codes = claims.get(key);
    if (codes && codes.size > 1) {
      shared.push({ pattern: c.pattern, lang: c.lang, codes: [...codes].sort(), kind: c.kind });
      return false;
    }
    return !(c.kind === "capital" && names.has(`${c.code}:${key}`));
  });

  for (const { c, key } of usable) {
    const casing = c.kind === "demonym" ? (c.lang === "en" ? "capital" : undefined) : casingOf(c.pattern);
    entries.push({
      pattern: c.pattern,
      lang: c.lang,
      data: {
        code: c.code,
        kind: c.kind,
        ambiguous: ambiguous.has(`${c.code}:${key}`),
        ...(c.place ? { place: c.place.key, placeName: c.place.name } : {}),
      },
      ...(casing ? { casing } : {}),
    });
  }
  for (const [lang, names] of own(LEX.blocked))
    for (const n of names) entries.push({ pattern: n, lang, data: { code: "", kind: "blocked", ambiguous: false } });
  return { entries, shared };
}

let built: { lexicon: Lexicon<CountryData>; entries: LexiconEntry<CountryData>[]; shared: SharedPattern[] } | undefined;
function build() {
  if (!built) {
    const { entries, shared } = buildEntries();
    built = { lexicon: new Lexicon(entries), entries, shared };
  }
  return built;
}

/** The country lexicon (built once per isolate, on first use: ~250 countries × 8 languages). */
export function countryLexicon(): Lexicon<CountryData> {
  return build().lexicon;
}

let sharedDemonyms: Lexicon<readonly string[]> | undefined;
/**
 * The demonyms two countries claim ("congolais", "Congolese", "Dominican"), each with its claimants: they name the
 * one of them a text names outright (countries.ts).
 */
export function sharedDemonymLexicon(): Lexicon<readonly string[]> {
  sharedDemonyms ??= new Lexicon(
    build()
      .shared.filter((s) => s.kind === "demonym")
      .map((s) => ({
        pattern: s.pattern,
        lang: s.lang,
        data: s.codes,
        ...(s.lang === "en" ? { casing: "capital" as const } : {}),
      })),
  );
  return sharedDemonyms;
}

/** Every entry of the country lexicon, and the gazetteer patterns left out because two countries claim them. */
export function countryEntries(): { entries: readonly LexiconEntry<CountryData>[]; shared: readonly SharedPattern[] } {
  const { entries, shared } = build();
  return { entries, shared };
}
