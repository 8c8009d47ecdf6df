import { describe, it } from "vitest";
import { countryEntries, countryLexicon } from "../../../src/ingest/recognize/gazetteer";
import { GAZETTEER, placeKey, UN_MEMBERS } from "../../../src/ingest/recognize/gazetteer-data";
import { norm, prepare } from "../../../src/ingest/match/normalize";
import { ISO_ALPHA2 } from "../../../src/lib/iso3166";

const LANGS = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"] as const;
const COVERED = [...UN_MEMBERS, "PS", "VA"];

/** One short sentence per language and kind, made from the data: the word stands where a report would put it. */
const SENTENCE: Readonly<Record<string, { demonym: string; capital: string }>> = {
  en: { demonym: "Talks with the {} delegation opened on Monday.", capital: "The minister arrived in {} on Monday." },
  fr: { demonym: "La délégation {} est arrivée lundi.", capital: "Le ministre est arrivé à {} lundi." },
  ar: { demonym: "وصل الوفد {} يوم الاثنين.", capital: "وصل الوزير إلى {} يوم الاثنين." },
  it: { demonym: "La delegazione {} è arrivata lunedì.", capital: "Il ministro è arrivato a {} lunedì." },
  es: { demonym: "La delegación {} llegó el lunes.", capital: "El ministro llegó a {} el lunes." },
  ru: { demonym: "В понедельник {} делегация прибыла.", capital: "В понедельник министр прибыл в {}." },
  pt: { demonym: "A delegação {} chegou na segunda-feira.", capital: "O ministro chegou a {} na segunda-feira." },
  de: { demonym: "Die {} Delegation traf am Montag ein.", capital: "Der Minister traf am Montag in {} ein." },
};
/** A concrete word for a `*` pattern (any ending is allowed; these are the usual ones). */
const concrete = (lang: string, pattern: string) =>
  pattern.endsWith("*") ? pattern.slice(0, -1) + ({ ru: "ой", de: "e", en: "s" }[lang] ?? "e") : pattern;

describe("building the country lexicon", () => {
  it("builds it once per isolate", ({ expect }) => {
    const started = performance.now();
    const lexicon = countryLexicon();
    const ms = performance.now() - started;
    // The build time is logged for the record; the machine's load makes a bound here flaky.
    console.log(`country lexicon: ${countryEntries().entries.length} entries built in ${ms.toFixed(0)} ms`);
    expect(countryLexicon()).toBe(lexicon);
  });
});

describe("UN members", () => {
  it("lists the 193 member states once each, as ISO 3166-1 alpha-2 codes", ({ expect }) => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    for (const code of UN_MEMBERS) expect(ISO_ALPHA2.has(code), code).toBe(true);
    expect(UN_MEMBERS).not.toContain("PS");
    expect(UN_MEMBERS).not.toContain("VA");
  });
});

describe("the gazetteer data", () => {
  it.for(LANGS)("has a name, a demonym and a capital for every UN member and observer in %s", (lang, { expect }) => {
    const data = GAZETTEER[lang] ?? {};
    const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    const missing: string[] = [];
    for (const code of COVERED) {
      const c = data[code];
      if (!c || c.names.length + (display.of(code) ? 1 : 0) === 0) missing.push(`${code}:name`);
      if (!c?.demonyms.length) missing.push(`${code}:demonym`);
      if (!c?.capital.length) missing.push(`${code}:capital`);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(data).filter((code) => !ISO_ALPHA2.has(code))).toEqual([]);
  });

  it("gives every capital a place key from its English name", ({ expect }) => {
    expect(placeKey("N'Djamena")).toBe("ndjamena");
    expect(placeKey("Brasília")).toBe("brasilia");
    expect(placeKey("Port-au-Prince")).toBe("port au prince");
    const minsk = countryEntries().entries.find((e) => e.pattern === "Минск");
    expect(minsk?.data).toMatchObject({ code: "BY", kind: "capital", place: "minsk", placeName: "Minsk" });
  });
});

describe("the country lexicon built from the gazetteer", () => {
  it.for(LANGS)("finds every demonym and capital of %s in a sentence, for its own country", (lang, { expect }) => {
    const lex = countryLexicon();
    const shared = new Set(countryEntries().shared.map((s) => norm(s.pattern)));
    const misses: string[] = [];
    let tried = 0;
    for (const [code, c] of Object.entries(GAZETTEER[lang] ?? {})) {
      for (const kind of ["demonym", "capital"] as const) {
        for (const pattern of kind === "demonym" ? c.demonyms : c.capital) {
          if (shared.has(norm(pattern))) continue;
          tried++;
          const text = (SENTENCE[lang]?.[kind] ?? "").replace("{}", concrete(lang, pattern));
          const found = lex.match(prepare(text)).map((m) => m.data.code);
          if (!found.includes(code)) misses.push(`${code} ${pattern} → ${found.join(",") || "nothing"}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(tried).toBeGreaterThan(195 * 2);
  });

  it("gives no surface form to two countries unless it is marked ambiguous", ({ expect }) => {
    const byForm = new Map<string, { code: string; ambiguous: boolean }[]>();
    for (const e of countryEntries().entries) {
      if (e.data.kind === "blocked" || e.data.kind === "place") continue;
      const key = norm(e.pattern);
      byForm.set(key, [...(byForm.get(key) ?? []), { code: e.data.code, ambiguous: e.data.ambiguous }]);
    }
    const clashes = [...byForm]
      .filter(([, claims]) => new Set(claims.map((c) => c.code)).size > 1 && claims.some((c) => !c.ambiguous))
      .map(([form, claims]) => `${form}: ${[...new Set(claims.map((c) => c.code))].join(",")}`);
    expect(clashes).toEqual([]);
  });

  it("leaves out demonyms and capitals that two countries share", ({ expect }) => {
    const shared = countryEntries().shared;
    const forms = (lang: string) => shared.filter((s) => s.lang === lang).map((s) => s.pattern);
    expect(forms("en")).toEqual(expect.arrayContaining(["Congolese", "Dominican", "Jerusalem"]));
    expect(shared.find((s) => s.pattern === "Congolese")?.codes).toEqual(["CD", "CG"]);
    const claimed = countryEntries().entries.filter((e) => e.pattern === "Congolese" || e.pattern === "Jerusalem");
    expect(claimed).toEqual([]);
  });
});
