/**
 * A place named as where someone arrived or what they visited: "reached Manila", "visited Manila on Monday",
 * "a rejoint lundi Manille", "visitó el lunes Manila", "besuchte am Montag Manila", "посетил Манилу",
 * "reiste am Montag zu Gesprächen nach Manila", "وصل الرئيس … إلى مانيلا", "زار الرئيس … مانيلا". Between the verb
 * and the place there may be only a day ("on Monday", "lunedì", "يوم الاثنين"), a particle, or, before a
 * destination preposition ("nach", "إلى"), a few words that are not another preposition ("zu Gesprächen"). An
 * object that is not the place ("reached a deal with Manila") names none.
 */
import type { MatchDoc } from "../match/normalize";
import type { PlaceHit } from "./countries";

/** Arrival and visit verbs of the eight languages. */
const VERB =
  /(?:^|[\s,(])(?:arrived|arrives?|arriving|reached|reaches|landed|lands|visited|visits|visiting|toured|flew|travell?ed|arrivée?s?|arrivent|rejoint|atterri|visité|visitent|arrivat[oaie]|arriva|arrivano|giunt[oaie]|giunge|giungono|atterrat[oaie]|visitat[oaie]|visitano|llegó|llega|llegaron|llegan|arribó|arriba|arribaron|aterrizó|visitó|visitaron|visitan|chegou|chega|chegaram|chegam|desembarcou|aterrou|aterrissou|visitou|visitaram|besuchte|besucht|besuchten|traf|eintraf|eingetroffen|landete|gelandet|reiste|gereist|flog|geflogen|kam|прибыл\p{L}*|прилетел\p{L}*|приехал\p{L}*|посетил\p{L}*|посещает|وصل|وصلت|وصلوا|وصلا|وصلتا|يصل|تصل|يصلون|زار|زارت|زاروا|يزور|تزور)(?=\s|$)/giu;
/** The same verbs, for a test with no state (a global pattern's `test` moves its `lastIndex`). */
const VERB_ANY = new RegExp(VERB.source, "iu");
/** Words that may stand between the verb and its place: prepositions of place, articles of a day, "يوم". */
const PARTICLE =
  /^(?:on|in|at|to|this|le|ce|cet|à|a|au|en|el|este|esta|ayer|hoy|ieri|oggi|questo|am|an|im|in|heute|gestern|diesem|na|no|em|nesta|neste|ontem|hoje|в|во|на|сегодня|вчера|يوم|أمس|اليوم|في)$/iu;
/** A preposition of destination after which a few words may come between verb and place. */
const DESTINATION = /^(?:nach|إلى|الى|to)$/iu;
/** A word that takes the place as something other than where one arrives ("with Manila", "from Manila"). */
const OTHER_ROLE =
  /^(?:with|from|against|avec|depuis|contre|con|da|desde|contra|mit|von|aus|gegen|с|из|от|против|مع|من|عن|ضد|على)$/iu;
/** Arabic verbs of arriving: their destination follows "إلى" ("وصل الرئيس … إلى مانيلا"), unlike a visit's object. */
const ARABIC_ARRIVAL = /^(?:وصل|وصلت|وصلوا|وصلا|وصلتا|يصل|تصل|يصلون)$/u;
/** An Arabic office a country's name completes ("رئيس جيبوتي": the president of Djibouti): no place then. */
const ARABIC_OFFICE = /^(?:رئيس|رئيسة|وزير|وزيرة|ملك|أمير|امير|سلطان|سفير|سفيرة|حكومة|وزارة|رئيسا|وزيرا)$/u;
/** How far before a place its verb may be, and how many words a gap before a destination preposition may hold. */
const REACH = 80;
const DESTINATION_GAP = 5;

/** Whether a clause holds an arrival or visit verb ("chegou esta manhã ao Palácio … em", "est arrivé samedi soir à"). */
export function arrivalVerbIn(clause: string): boolean {
  return VERB_ANY.test(clause);
}

/** Whether a place is where an arrival or visit went; `days` are the text's date spans (a day may sit between). */
export function arrivedAt(doc: MatchDoc, p: PlaceHit, days: readonly { start: number; end: number }[]): boolean {
  const from = Math.max(0, p.span.start - REACH);
  const before = doc.text.slice(from, p.span.start);
  const verb = [...before.matchAll(VERB)].at(-1);
  if (!verb) return false;
  const gapStart = from + verb.index + verb[0].length;
  let gap = doc.text.slice(gapStart, p.span.start);
  if (/[.;:!?\n]/.test(gap)) return false;
  for (const d of days) {
    const s = Math.max(d.start, gapStart) - gapStart;
    const e = Math.min(d.end, p.span.start) - gapStart;
    if (s < e) gap = gap.slice(0, s) + " ".repeat(e - s) + gap.slice(e);
  }
  const words = gap.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => OTHER_ROLE.test(w))) return false;
  const last = words.at(-1);
  if (last && DESTINATION.test(last)) return words.length - 1 <= DESTINATION_GAP;
  const rest = words.filter((w) => !PARTICLE.test(w));
  // Arabic puts the subject between the verb and its object ("زار الرئيس الفيتنامي … مانيلا"); an arrival's
  // destination follows "إلى", and a name an office completes is its subject's ("وصل رئيس جيبوتي إلى مصر").
  if (/[\u0600-\u06FF]/.test(verb[0])) {
    if (ARABIC_OFFICE.test(last ?? "") || rest.length > DESTINATION_GAP) return false;
    // "وصل … الى مدينة نيوم": the destination preposition, maybe the word for city or capital after it.
    const to = words.findLastIndex((w) => DESTINATION.test(w));
    return !ARABIC_ARRIVAL.test(verb[0].replace(/^[\s,(]+/, "")) || (to >= 0 && words.length - 1 - to <= 1);
  }
  return rest.length === 0;
}
