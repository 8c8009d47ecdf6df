/**
 * How deep and even the sector lexicons are: per sector and language, the number of lexicon entries and how many
 * of the sector's core concepts (quality/sector-concepts.json) the language's lexicon reads, with every form the
 * concept lists (plural, case, gender, Arabic article and clitics). `node quality/run.mjs --sector-depth` prints it;
 * test/unit/ingest/sectors-depth.test.ts holds every language to every concept.
 */
import sectorsData from "../seed/lexicons/sectors.json";
import { prepare } from "../src/ingest/match/normalize";
import { sectorLexicon, trackLexicon } from "../src/ingest/recognize/sectors";
import conceptsData from "./sector-concepts.json";

export const DEPTH_LANGUAGES = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"] as const;
type Forms = Readonly<Record<string, string>>;
const CONCEPTS = (conceptsData as unknown as { concepts: Readonly<Record<string, Readonly<Record<string, Forms>>>> })
  .concepts;
const SECTORS = (sectorsData as unknown as { sectors: Readonly<Record<string, Readonly<Record<string, unknown[]>>>> })
  .sectors;

/** One sector in one language. */
export interface DepthRow {
  sector: string;
  lang: string;
  entries: number;
  concepts: number;
  /** Concepts with a form the language's lexicon does not read as the sector, with those forms. */
  missing: { concept: string; forms: string[] }[];
}

/**
 * The forms of a concept in a language that the lexicons do not read as the sector: neither the language's sector
 * words nor a track phrase of the sector ("air services" is the air-services track, which counts for transport).
 */
export function unreadForms(sector: string, lang: string, forms: string): string[] {
  const lexicon = sectorLexicon(lang);
  const read = (form: string) => {
    const doc = prepare(form);
    return (
      lexicon.match(doc).some((m) => m.data === sector) ||
      trackLexicon()
        .match(doc)
        .some((m) => m.data.sector === sector && m.pattern !== "")
    );
  };
  return forms
    .split("|")
    .filter(Boolean)
    .filter((form) => !read(form));
}

/** Every sector of the concept list, language by language. */
export function sectorDepth(): DepthRow[] {
  const rows: DepthRow[] = [];
  for (const [sector, concepts] of Object.entries(CONCEPTS)) {
    for (const lang of DEPTH_LANGUAGES) {
      const missing = Object.entries(concepts)
        .map(([concept, forms]) => ({ concept, forms: unreadForms(sector, lang, forms[lang] ?? "") }))
        .filter((c) => c.forms.length > 0 || !concepts[c.concept]?.[lang]);
      rows.push({
        sector,
        lang,
        entries: SECTORS[sector]?.[lang]?.length ?? 0,
        concepts: Object.keys(concepts).length,
        missing,
      });
    }
  }
  return rows;
}

/** The concepts of every sector (for the test: each must list forms in every language). */
export const SECTOR_CONCEPTS = CONCEPTS;

/** A plain-text table: entries and concepts read per sector and language, then what is missing. */
export function depthReport(rows: readonly DepthRow[] = sectorDepth()): string {
  const lines = [
    `${"sector".padEnd(28)}${DEPTH_LANGUAGES.map((l) => l.padStart(10)).join("")}   (entries, concepts read/listed)`,
  ];
  for (const sector of Object.keys(CONCEPTS)) {
    const cells = DEPTH_LANGUAGES.map((lang) => {
      const r = rows.find((x) => x.sector === sector && x.lang === lang);
      return r ? `${r.entries} ${r.concepts - r.missing.length}/${r.concepts}`.padStart(10) : "".padStart(10);
    });
    lines.push(`${sector.padEnd(28)}${cells.join("")}`);
  }
  const thin = rows.filter((r) => {
    const en = rows.find((x) => x.sector === r.sector && x.lang === "en")?.entries ?? 0;
    const fr = rows.find((x) => x.sector === r.sector && x.lang === "fr")?.entries ?? 0;
    return r.entries < 0.6 * Math.min(en, fr);
  });
  for (const r of thin)
    lines.push(`thin: ${r.sector} ${r.lang} has ${r.entries} entries (en/fr have more than 1.6 times as many)`);
  for (const r of rows)
    for (const m of r.missing)
      lines.push(`missing: ${r.sector} ${r.lang} ${m.concept}: ${m.forms.join(", ") || "(no forms)"}`);
  return lines.join("\n");
}
