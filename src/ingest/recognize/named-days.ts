/**
 * Places named after a date: an airport, a street, a square or a bridge written with the day it honours
 * ("Aeroporto Internacional 4 de Fevereiro", "Avenida 9 de Julio", "площадь 1 Мая", "Straße des 17. Juni",
 * "مطار 6 أكتوبر"). Their date is part of a name, no day of the report.
 */

/** Words for a place that can be named after a date, in the eight languages. */
const PLACE =
  /^(?:airport|avenue|avenida|av\.|street|square|bridge|aeroporto|aeropuerto|a[ée]roport|rua|calle|plaza|pra[çc]a|largo|piazza|piazzale|via|viale|corso|ponte|puente|pont|rue|place|boulevard|quai|bairro|barrio|colonia|estadio|est[áa]dio|stadio|stade|stra(?:ß|ss)e|platz|allee|brücke|flughafen|площад\p{L}*|улиц\p{L}*|проспект\p{L}*|мост\p{L}*|аэропорт\p{L}*|(?:[وب]?ال)?(?:شارع|ميدان|جسر|مطار|كوبري))$/iu;
/** A linking article between the place word and its date ("place du 14 Juillet", "Straße des 17. Juni"). */
const LINK = /^(?:du|de|del|des|do|da|dos|of|the|dem)$/iu;
/** Words of a name between the place word and the date are capitalised ("Aeroporto Internacional 4 de Fevereiro"). */
const NAME_WORD = /^\p{Lu}/u;
/** At most this many words of a name stand between. */
const NAME_WORDS = 2;

/** Whether the text right before `start` names a place that a date starting there is the name of. */
export function namesAPlace(text: string, start: number): boolean {
  const words = text
    .slice(Math.max(0, start - 60), start)
    .split(/[\s«"“(]+/)
    .filter(Boolean);
  const linked = words.length > 0 && LINK.test(words.at(-1) ?? "");
  if (linked) words.pop();
  for (let i = 1; i <= NAME_WORDS + 1 && i <= words.length; i++) {
    const w = words.at(-i) ?? "";
    // "took place 4 February" is English for happened: the French place is named with its article ("place du 14 Juillet").
    if (PLACE.test(w)) return !/^place$/.test(w) || linked;
    if (!NAME_WORD.test(words.at(-i) ?? "")) return false;
  }
  return false;
}

/** The dates found, less those that are part of a place's name. */
export function withoutNamedDays<T extends { start: number }>(text: string, found: readonly T[]): T[] {
  return found.filter((f) => !namesAPlace(text, f.start));
}
