/**
 * Arabic writes the preposition onto the place's name: "بالرباط", "ببيروت", "بموسكو" (in), "لموسكو" and
 * "للعاصمة" (to, after a visit: "زيارة الوزير لموسكو"). A name that itself begins with ب or ل ("بغداد", "لندن")
 * is told apart by what is left once the letter is taken off: a place is a preposition on a name only when the
 * rest is itself a place name of the gazetteer.
 */
import { norm } from "../match/normalize";
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
