/**
 * A capital named through its country: "in the Uzbek capital", "the capital of Japan", "Japan's capital", "dans la
 * capitale espagnole", "nella capitale dell'Albania", "a la capital argentina", "na capital de Angola", "in der
 * spanischen Hauptstadt", "in der Hauptstadt Spaniens", "в испанской столице", "в столице Испании", "في العاصمة
 * الإسبانية", "عاصمة إسبانيا". The phrase is a place hit of that country's capital; whether it is where the
 * happening was is decided like any place's (a locative before it, place.ts).
 */
import type { MatchDoc } from "../match/normalize";
import { capitalPlace } from "./capital-names";
import type { CountryMention, PlaceHit } from "./countries";

/**
 * The word for capital right before the country ("capitale espagnole", "capital of Japan", "Hauptstadt Spaniens",
 * "столице Испании", "العاصمة الإسبانية"). Spanish and Portuguese "capital" is also money ("capital chino"): only
 * the feminine article makes it the city; English needs "the … of".
 */
const CAPITAL_THEN =
  /(?:(?<=(?:^|\s)(?:the|la|a|na|da|à)\s+)capital(?:\s+city)?(?:\s+(?:of(?:\s+the)?|de(?:\s+la|\s+l['’]\s*)?|del|do|da|dos|das))?|capitale(?:\s+(?:de(?:\s+la|\s+l['’]\s*)?|du|des|d['’]\s*|della|dello|del|dell['’]\s*|di))?|Hauptstadt(?:\s+von)?|столиц[аеуы]|(?:ال|لل|بال|وال|وبال|ولل)?عاصمة)\s*$/iu;
/** The word for capital right after an adjective or possessive: "the Uzbek capital", "Japan's capital", "spanischen Hauptstadt". */
const THEN_CAPITAL =
  /^(?:['’]s)?\s+(?:capital(?:\s+city)?|Hauptstadt|столиц[аеуы])(?!\s*-?(?:market|flow|invest|good|gain|spend|expend|account|control|punish|letter|stock|outflow|inflow))/iu;
/** English puts the article before the adjective ("the Uzbek capital"); "Chinese capital" alone is money. */
const THE_BEFORE = /(?:^|\s)the\s+$/i;
/** A former or economic capital is not the capital: "the former Kazakh capital", "l'ancienne capitale", "العاصمة … السابقة". */
const FORMER_BEFORE =
  /(?:former|old|ancienne?|ex|antigua|antiga|vecchia|ehemalig\p{L}*|frühere\p{L}*|бывш\p{L}*|старой|прежней)\s+(?:\p{L}+\s+)?$/iu;
const FORMER_AFTER = /^\s+(?:السابقة|القديمة|الاقتصادية|الإدارية)/u;

/** The capitals named through their country in the text, as place hits spanning the phrase. */
export function capitalsByCountry(doc: MatchDoc, mentions: readonly CountryMention[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of mentions) {
    if (m.kind !== "name" && m.kind !== "demonym") continue;
    const capital = capitalPlace(m.code);
    if (!capital) continue;
    const before = doc.text.slice(Math.max(0, m.span.start - 40), m.span.start);
    const after = doc.text.slice(m.span.end, m.span.end + 40);
    if (FORMER_AFTER.test(after)) continue;
    const lead = CAPITAL_THEN.exec(before);
    const trail = lead ? null : THEN_CAPITAL.exec(after);
    if (!lead && !(trail && (m.kind === "name" || THE_BEFORE.test(before) || !/^\s+capital/i.test(after)))) continue;
    const start = lead ? m.span.start - lead[0].length : m.span.start;
    const end = trail ? m.span.end + trail[0].length : m.span.end;
    if (FORMER_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ ...capital, country: m.code, span: { start, end, text: doc.text.slice(start, end) } });
  }
  return out;
}
