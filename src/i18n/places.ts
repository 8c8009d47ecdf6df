/**
 * Reader-facing names of places: an event's place is stored as its reports wrote it (usually in English). The
 * capitals and places of our country lexicon name themselves in several languages; any other place is shown
 * as written, inside an isolate, by the caller.
 */
import data from "../../seed/lexicons/countries.json";
import type { Locale } from "./locales";

type Names = Readonly<Record<string, readonly string[]>>;

const lexicon = data as unknown as {
  capitals: Record<string, { names?: Names } | string>;
  places: Record<string, { names?: Names } | string>;
};

/** Folds case and accents, so "Marrakech", "marrakech" and "Marrakèch" meet. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLocaleLowerCase("en");
}

// Every name of every place, in any language, leads to all its names ('$comment' entries are strings).
const BY_NAME = new Map<string, Names>();
for (const entry of [...Object.values(lexicon.capitals), ...Object.values(lexicon.places)]) {
  if (typeof entry === "string" || !entry.names) continue;
  for (const list of Object.values(entry.names)) for (const name of list) BY_NAME.set(fold(name), entry.names);
}

/** The place's name in `lang` when our lexicon knows it, else the place as its reports wrote it. */
export function placeName(place: string, lang: Locale): string {
  return BY_NAME.get(fold(place))?.[lang]?.[0] ?? place;
}
