/**
 * Arabic writes the preposition onto the place's name: "بالرباط", "ببيروت", "بموسكو" (in), "لموسكو" and
 * "للعاصمة" (to, after a visit: "زيارة الوزير لموسكو"). A name that itself begins with ب or ل ("بغداد", "لندن")
 * is told apart by what is left once the letter is taken off: a place is a preposition on a name only when the
 * rest is itself a place name of the gazetteer.
 */
import { type MatchDoc, norm } from "../match/normalize";
import { capitalPlace } from "./capital-names";
import type { PlaceHit } from "./countries";
import { countryEntries } from "./gazetteer";

/**
 * A visit word taking the city as its object, maybe after its subject, with no preposition between: "خلال زيارته
 * الدوحة", "زيارة الرئيس التركي الدوحة" (not "زيارة وفد من القاهرة").
 */
const VISIT_OBJECT = /زيار[\u0621-\u064A]*(?:\s+(?!(?:من|عن|مع|على|في|إلى|الى|ب|ل)(?:\s|$))[\u0621-\u064A]+){0,3}\s+$/u;
/** A visit word a few words before: "زيارة الوزير المصري لموسكو", "زيارته الرسمية للعاصمة". */
const VISIT_BEFORE = /زيار[\u0621-\u064A]*(?:\s+[^\s.,;:،]+){0,3}\s+$/u;

let names: ReadonlySet<string> | undefined;
/** The Arabic names of capitals and places, in matching form. */
function arabicPlaceNames(): ReadonlySet<string> {
  names ??= new Set(
    countryEntries()
      .entries.filter((e) => e.lang === "ar" && (e.data.kind === "capital" || e.data.kind === "place"))
      .map((e) => norm(e.pattern)),
  );
  return names;
}

/** Whether what is left of the name after a conjunction and one preposition letter is a place name. */
function onName(text: string, letter: "ب" | "ل"): boolean {
  const rest = new RegExp(`^و?${letter}(.{3,})$`, "u").exec(text)?.[1];
  return rest !== undefined && arabicPlaceNames().has(norm(rest));
}

/** Whether an Arabic place is written with a preposition of place ("بالقاهرة", "بموسكو") or of a visit's goal. */
export function arabicLocative(p: PlaceHit, before: string): boolean {
  const text = p.span.text;
  // ب written onto the name, whether or not the match kept the clitic; a name that itself starts with ب keeps
  // the joined preposition as a second one ("ببيروت", "ببغداد").
  if (/^و?ب(?:ال|ب)/.test(text) || /(?:^|\s)و?ب$/.test(before) || onName(text, "ب")) return true;
  if (VISIT_BEFORE.test(before) && (/^و?لل/.test(text) || onName(text, "ل"))) return true;
  return VISIT_OBJECT.test(before) && !/^و?[بل]/.test(text);
}

/**
 * Capitals whose Arabic name is another country's once its vowel signs are dropped, as the matcher drops them:
 * "عمّان" (Amman) and "عُمان" (Oman) are both "عمان". Written with its shadda, the name is the capital's; a
 * joined preposition ("بعمّان") stays outside the span, where the place rules read it.
 */
const VOCALIZED: readonly { form: RegExp; code: string }[] = [
  {
    form: /(?<![\u0621-\u064A\u064B-\u0652])(?:و?[بل])?(ع[\u064B-\u0650\u0652]*م[\u064B-\u0650\u0652]*\u0651[\u064B-\u0652]*ا[\u064B-\u0652]*ن)(?![\u0621-\u064A])/gu,
    code: "JO",
  },
];

/** The capitals written with the vowel sign that tells them apart ("في عمّان"), as place hits. */
export function vocalizedCapitals(doc: MatchDoc): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const { form, code } of VOCALIZED) {
    const place = capitalPlace(code);
    if (!place) continue;
    for (const m of doc.text.matchAll(form)) {
      const name = m[1] ?? "";
      const start = m.index + m[0].length - name.length;
      out.push({ ...place, country: code, span: { start, end: start + name.length, text: name } });
    }
  }
  return out;
}
