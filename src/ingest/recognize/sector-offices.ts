/**
 * A field word inside a person's office ("Minister of Health", "ministre de l'Agriculture", "министр обороны",
 * "Verteidigungsminister", "وزير الصحة", "Health Minister") names who someone is, not what the report is about:
 * the office alone never gives a sector. A ministry (an institution that signs and acts) is no person's office.
 */
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";

/** A minister's title just before the field word, with its linking words ("ministre de la", "ministro dell'"). */
const BEFORE = new RegExp(
  "(?<!\\p{L})(?:vice[- ]?)?(?:minister|ministre|ministra|ministro|ministr[ao]s?|министр\\p{L}*|Minister(?:in)?|وزير|وزيرة)" +
    "(?:\\s+(?:of|for|de|du|des|della|dello|degli|delle|del|dei|da|do|dos|das|für|der)\\b|\\s+(?:de\\s+la|de\\s+las|de\\s+los|de\\s+l['’]|dell['’]|della|the|la|le|l['’]|el|los|las|a|o))*\\s*['’]?$",
  "iu",
);
/** Any word of a minister's title. */
const MINISTER_WORD = /minist|министр|وزير/iu;
/** A minister's title just after the field word ("Health Minister", "Agriculture Minister"). */
const AFTER = /^\s*(?:minister|secretary)\b/iu;
/** A German compound office ends in -minister(in); an English one may be hyphenated ("Defence-Minister"). */
const COMPOUND_OFFICE = /minister(?:in|innen|s)?$/iu;

/** A title lists its portfolios within this many characters of the minister's word. */
const PORTFOLIOS_REACH = 100;
/**
 * The last minister's word of a stretch, singular (a title of one person: "ministers of Ghana and Kenya" are no
 * portfolios). Only Latin scripts write portfolios in capitals, which the reading below needs.
 */
const LAST_MINISTER = /(?<!\p{L})minist\p{L}*(?!.*(?<!\p{L})minist)/isu;
const PLURAL_MINISTER = /^minist(?:ers|res|ros|ri|ras|erinnen)$/iu;
/** What joins the portfolios of a title: a comma or a conjunction. */
const PORTFOLIO_BREAK = /,|\s(?:et|y|e|ed|and|und|и)\s/u;
/** The words that link a portfolio to the title ("de l'", "of the", "für"). */
const LINK =
  "(?:(?:of|for|the|de|des|du|della|dello|degli|delle|del|dei|da|do|dos|das|für|der|la|le|les|el|los|las|a|o)(?:\\s+|$)|l['’]|dell['’])";
/** A portfolio: linking words, then a capital ("de l'Union africaine", "Unión Europea", "of Foreign Affairs"). */
const PORTFOLIO = new RegExp(`^${LINK}*\\p{Lu}`, "u");
/** The first portfolio follows the minister's word with its link ("ministre des Affaires…", "Minister of…", "für"). */
const FIRST_PORTFOLIO = new RegExp(`^${LINK}+\\p{Lu}`, "u");
/** A portfolio is a few words ("Affaires maghrébines", "Unión Europea"), not a clause. */
const PORTFOLIO_MAX = 45;
/** …with at most one word in small letters besides its links ("Affaires étrangères", not "Kenya discussed trade"). */
const SMALL_WORDS_MAX = 1;
/** …and the linking words alone open the item the field word begins ("… et de la "). */
const LINKING = new RegExp(`^${LINK}*$`, "u");

/**
 * Whether the field word at `span` is a later portfolio of a minister's title ("ministre des Affaires maghrébines, de
 * l'Union africaine et de la Ligue arabe", "ministro de Asuntos Exteriores, Unión Europea y Cooperación"): each item
 * between the minister's word and it is a short capitalized portfolio, the first linked to that word ("des", "of",
 * "für"), all joined by commas or a conjunction ("Prime Minister Rabuka said the deal covers tourism, agriculture…"
 * lists areas, not portfolios).
 */
export function laterPortfolio(doc: MatchDoc, span: Span): boolean {
  const before = doc.text.slice(Math.max(0, span.start - PORTFOLIOS_REACH), span.start);
  const minister = LAST_MINISTER.exec(before);
  if (!minister || PLURAL_MINISTER.test(minister[0])) return false;
  const items = before.slice(minister.index + minister[0].length).split(PORTFOLIO_BREAK);
  const own = (items.pop() ?? "").trim();
  const earlier = items.map((i) => i.trim());
  return (
    earlier.length > 0 &&
    LINKING.test(own) &&
    earlier.every(
      (item, i) =>
        item.length <= PORTFOLIO_MAX && (i === 0 ? FIRST_PORTFOLIO : PORTFOLIO).test(item) && fewSmallWords(item),
    )
  );
}

/** Whether a portfolio has at most SMALL_WORDS_MAX words in small letters that are no links. */
function fewSmallWords(item: string): boolean {
  const small = item.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !LINKING.test(`${w} `));
  return small.length <= SMALL_WORDS_MAX;
}

/** Whether the field word at `span` is part of a person's office. */
export function inOffice(doc: MatchDoc, span: Span): boolean {
  if (COMPOUND_OFFICE.test(wordAround(doc, span))) return true;
  const before = doc.text.slice(Math.max(0, span.start - 40), span.start);
  // A cheap look for a minister's word first: most field words stand far from one.
  return (MINISTER_WORD.test(before) && BEFORE.test(before)) || AFTER.test(doc.text.slice(span.end, span.end + 12));
}

/** The whole word (a German compound) that the match starts. */
function wordAround(doc: MatchDoc, span: Span): string {
  let end = span.end;
  while (end < doc.text.length && /[\p{L}-]/u.test(doc.text[end] ?? "")) end++;
  return doc.text.slice(span.start, end);
}
