import { it } from "vitest";
import { prepare } from "../../src/ingest/match/normalize";
import { findSectors } from "../../src/ingest/recognize/sectors";

/**
 * A closing paragraph that names no field and no cue, long enough to make any report more than a brief (briefs name
 * each area once, and one mention counts there: sectors-brief.test.ts).
 */
const NOT_A_BRIEF = `\n\n${"The names of those who attended were read out at the end, one by one, in the order of their arrival. ".repeat(20)}`;

/** The sector slugs findSectors gives for a report made of the text read in a language (more than a brief). */
export const sectorsIn = (language: string, text: string) =>
  findSectors(prepare(`${text}${NOT_A_BRIEF}`), undefined, undefined, { language }).sectors.map((s) => s.slug);

/** The sector slugs findSectors gives for the text alone, read in a language. */
export const sectorsOfBrief = (language: string, text: string) =>
  findSectors(prepare(text), undefined, undefined, { language }).sectors.map((s) => s.slug);

/** One test per row: the text, read in its language, gives the sector. */
export function itFindsFields(rows: readonly (readonly [string, string, string])[]): void {
  it.for(rows)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
}

/** FICTIONAL reports: a long lead that names no field, then one sentence that does. */
const LONG_LEADS: Readonly<Record<string, string>> = {
  en: "The two presidents met in the capital on Monday, their second meeting this year, and spoke to the press.",
  fr: "Les deux présidents se sont rencontrés lundi dans la capitale, pour la deuxième fois cette année, puis ont parlé à la presse.",
  es: "Los dos presidentes se reunieron el lunes en la capital, por segunda vez este año, y luego hablaron con la prensa.",
  pt: "Os dois presidentes reuniram-se na segunda-feira na capital, pela segunda vez este ano, e depois falaram à imprensa.",
  it: "I due presidenti si sono incontrati lunedì nella capitale, per la seconda volta quest'anno, e poi hanno parlato alla stampa.",
  ru: "Два президента встретились в понедельник в столице, уже во второй раз в этом году, а затем выступили перед прессой.",
  de: "Die beiden Präsidenten trafen sich am Montag in der Hauptstadt, zum zweiten Mal in diesem Jahr, und sprachen danach mit der Presse.",
  ar: "التقى الرئيسان يوم الاثنين في العاصمة للمرة الثانية هذا العام، ثم تحدثا إلى الصحفيين في مؤتمر مشترك. وأكد الجانبان متانة الصلات بين البلدين منذ عقود طويلة.",
};
/** A FICTIONAL report: a long lead that names no field, then the sentence given. */
export const afterLongLead = (lang: string, second: string) => `${LONG_LEADS[lang]} ${second}`;

/** One test per row: the sentence, after a long lead that names no field, gives the sector. */
export function itFindsAfterLongLead(rows: readonly (readonly [string, string, string])[]): void {
  itFindsFields(rows.map(([lang, sentence, slug]) => [lang, afterLongLead(lang, sentence), slug] as const));
}
