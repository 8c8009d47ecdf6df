/**
 * The home of a relayed item: a site often carries another country's agency or ministry word for word, ending on
 * a source line ("Source: Bahrain News Agency", "Fuente: Agencia Peruana de Noticias", "Quelle: Österreichische
 * Presseagentur", "المصدر: وكالة الأنباء العمانية"). Its unqualified offices ("The Minister of Foreign Affairs met…")
 * are that source's, so the country its source line names is the item's home, over the relaying site's domain.
 */
import { prepare } from "../match/normalize";
import { findCountries } from "./countries";

/** A line of its own that credits a source, in the eight languages. */
const SOURCE_LINE =
  /^[ \t]*(?:sources?|fuentes?|fontes?|fonti|quelle|quellen|источник|المصدر)[ \t]*[:：][ \t]*([^\n]{3,120})$/gimu;

/** The one country a source line names, if the text has such a line and it names exactly one. */
export function relayedFrom(text: string): string | undefined {
  const lines = [...text.matchAll(SOURCE_LINE)].map((m) => m[1] ?? "");
  const codes = new Set(lines.flatMap((line) => findCountries(prepare(line)).mentions.map((m) => m.code)));
  return codes.size === 1 ? [...codes][0] : undefined;
}
