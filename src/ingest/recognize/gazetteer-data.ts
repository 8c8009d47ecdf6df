/**
 * The country gazetteer's data files (seed/lexicons/gazetteer/<lang>.json): for every UN member state and the
 * observers PS and VA, the names, demonyms and capital that i18n-iso-countries and Intl.DisplayNames lack.
 */
import ar from "../../../seed/lexicons/gazetteer/ar.json";
import de from "../../../seed/lexicons/gazetteer/de.json";
import en from "../../../seed/lexicons/gazetteer/en.json";
import es from "../../../seed/lexicons/gazetteer/es.json";
import fr from "../../../seed/lexicons/gazetteer/fr.json";
import it from "../../../seed/lexicons/gazetteer/it.json";
import pt from "../../../seed/lexicons/gazetteer/pt.json";
import ru from "../../../seed/lexicons/gazetteer/ru.json";
import { UN_MEMBER_LIST } from "../../lib/un-members";

/** What one language says about one country. */
export interface GazetteerCountry {
  names: readonly string[];
  demonyms: readonly string[];
  /** The current capital first, then other spellings and former names of the same city. */
  capital: readonly string[];
}
type LangFile = { countries: Readonly<Record<string, GazetteerCountry>> };

/** Per language (ISO 639-1), per country (ISO 3166-1 alpha-2). */
export const GAZETTEER: Readonly<Record<string, Readonly<Record<string, GazetteerCountry>>>> = Object.fromEntries(
  Object.entries({ en, fr, ar, it, es, ru, pt, de } as unknown as Record<string, LangFile>).map(([lang, f]) => [
    lang,
    f.countries,
  ]),
);

/** The 193 UN member states (seed/un-members.json). */
export const UN_MEMBERS: readonly string[] = UN_MEMBER_LIST;

/** A capital's canonical place key: its English name lower-cased, without accents, apostrophes or hyphens. */
export function placeKey(englishName: string): string {
  return englishName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
}
