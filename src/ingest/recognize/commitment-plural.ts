/**
 * Whether a form word names several instruments, and how many: a plural word or a count before it ("19 accords",
 * "three agreements", "ein Dutzend Abkommen"), an Arabic dual ("مذكرتي تفاهم"), or a plural listing the kinds of a
 * counted batch of documents ("nine instruments, among them memoranda"). Arabic "one" after a singular
 * ("واتفاقية واحدة") makes it one instrument.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { afterPluralAuxiliary, COUNT, numberIn, wordsBefore } from "./commitment-list-words";
import { anyIn, languageOf, lists } from "./commitment-word-lists";
import { isDefiniteSingular, ownPlural } from "./commitment-singular";
import { compound, countOverQualifiers, lowerBound, QUALIFIED_REACH } from "./commitment-counts";

/** A count above this is a running tally of the relationship ("some 200 agreements"), not one day's signatures. */
export const MAX_COUNT = 60;
/** Arabic "one" right after a form ("واتفاقية واحدة"), looked for this many characters after it. */
const ARABIC_ONE = /^\s*(?:واحدة|واحد)(?![\p{L}])/u;
const ARABIC_ONE_REACH = 12;

/**
 * Whether Arabic "one" follows a form ending at `end`: Arabic has no indefinite article, and a singular told
 * with "one" after it is one instrument, whatever count comes before ("سبع مذكرات تفاهم واتفاقية واحدة").
 */
export function arabicOneAfter(doc: MatchDoc, end: number): boolean {
  return ARABIC_ONE.test(doc.text.slice(end, end + ARABIC_ONE_REACH));
}

/** Whether a form word names several instruments: a plural word, or a number or quantity word before it. */
export function isPluralForm(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { plural, ambiguous, quantity } = lists(doc);
  if (ownPlural(doc, m)) return true;
  // Arabic "one" after the form ("سبع مذكرات تفاهم واتفاقية واحدة"): a single instrument, whatever count comes before.
  if (arabicOneAfter(doc, m.span.end)) return false;
  // A bare form after a plural form and a comma is an item of its enumeration ("entre acuerdos, memorándum de
  // entendimiento y programas"): plural like it.
  const previous = doc.tokens[m.tokenStart - 1];
  if (previous && anyIn(plural, previous.text) && !anyIn(ambiguous, previous.text)) {
    const gap = doc.text.slice(doc.map[previous.end] ?? 0, m.span.start);
    if (/^\s*,\s*$/u.test(gap)) return true;
  }
  const language = languageOf(doc);
  for (const w of wordsBefore(doc, m)) {
    // A number word nearer the form than any article counts it ("ein Dutzend Abkommen", "une dizaine d'accords").
    if ((numberIn(w, language) ?? 0) > 1) return true;
    if (anyIn(lists(doc).singular, w) || isDefiniteSingular(doc, w)) return false;
    if (COUNT.test(w) || anyIn(quantity, w)) return true;
  }
  // A number word right before the form, or before two qualifiers joined ("zwölf wirtschaftliche und kulturelle
  // Abkommen"), counts a plural: "die beiden Länder unterzeichneten das Abkommen" does not.
  const [next = ""] = wordsBefore(doc, m, 1);
  if (
    (numberIn(next, language) ?? 0) > 1 ||
    (countOverQualifiers(wordsBefore(doc, m, QUALIFIED_REACH), language) ?? 0) > 1
  )
    return true;
  return afterPluralAuxiliary(doc, m);
}

/** Words a lower bound may take before its count ("ما يزيد على", "more than"). */
const LOWER_BOUND_WORDS = 3;

/** An Arabic anniversary word right before a number word makes it the anniversary's ordinal ("الذكرى العشرين"). */
const ANNIVERSARY_BEFORE = /^[وفبل]?(?:ال)?ذكر[ىي]$/u;

/** The number of instruments a count right before the form gives ("19 accords", "three agreements"), if any. */
export function countOf(doc: MatchDoc, m: LexiconMatch<unknown>): number | undefined {
  // An Arabic dual counts two by its ending ("الاتفاقيتان", "مذكرتين"); plurals of forms end otherwise ("اتفاقيات"). It
  // is the form's own count, whatever counts another form before it ("سبع مذكرات تفاهم وبرنامجين").
  if (arabicDual(doc, m) && isPluralForm(doc, m)) return 2;
  const before = wordsBefore(doc, m);
  const singular = !ownPlural(doc, m);
  for (const [i, w] of before.entries()) {
    // "The two signed the agreement": the article keeps a singular form one, whatever number stands beyond it.
    if (singular && isDefiniteSingular(doc, w)) break;
    const n = numberIn(w, languageOf(doc));
    // A number before a word for states counts the parties ("министерства двух стран подписали протокол"); in
    // Arabic the number follows its noun ("حكومات الدول الثلاث").
    const noun = languageOf(doc) === "ar" ? before[i + 1] : i > 0 ? before[i - 1] : undefined;
    if (n !== undefined && noun !== undefined && anyIn(lists(doc).sides, noun)) break;
    // The ordinal of an anniversary ("الذكرى العشرين لتوقيع معاهدة": the twentieth anniversary) counts no instruments.
    if (n !== undefined && !/\d/u.test(w) && ANNIVERSARY_BEFORE.test(before[i + 1] ?? "")) break;
    // "more than 20 documents": a lower bound gives no number of instruments.
    if (n !== undefined)
      return lowerBound(before.slice(i + 1)) ? undefined : compound(n, before.slice(i + 1), languageOf(doc));
  }
  // …read with the words before the count too ("more than 20 intergovernmental and interagency agreements").
  const across = countOverQualifiers(wordsBefore(doc, m, QUALIFIED_REACH + LOWER_BOUND_WORDS), languageOf(doc));
  if (across !== undefined) return across;
  // Only a plural names the kinds of a batch: "15 documents, among them an agreement on…" names one of them.
  const batch = isPluralForm(doc, m) ? batchBefore(doc, m) : undefined;
  if (batch) return countOf(doc, batch);
  return ownPlural(doc, m) ? amountAfter(doc, m) : undefined;
}

/**
 * A count told after a plural, a word of amount before it, a qualifier or two between ("a package of bilateral
 * agreements totalling 25", "des accords bilatéraux, au nombre de 25", "الاتفاقيات الثنائية بلغت 25 اتفاقا",
 * "соглашения в количестве 25"); not an amount of money ("sete acordos num total de 2 mil milhões de dólares").
 * Whether it is the day's batch or the relationship's tally is read as for a count before the form
 * (commitment-tallies.ts).
 */
const AMOUNT_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?[\s,،]+(?:totall?ing|numbering|amounting to|au nombre de|s['’]élevant à|pari a|per un totale di|in numero di|por un total de|que suman|num total de|no total de|que somam|insgesamt|в количестве|общим числом|بلغت|بلغ عددها|يبلغ عددها|البالغ عددها|وعددها)\s+(\d{1,2})(?!\d)(?![.,]\d)(?!\s*(?:%|mil\b|mill|bill|milliard|mrd|mio|млн|млрд|тыс|مليون|مليار|ألف|dollar|dólar|euro|евро|долл|دولار))/iu;
const AMOUNT_REACH = 80;

function amountAfter(doc: MatchDoc, m: LexiconMatch<unknown>): number | undefined {
  const n = Number(AMOUNT_AFTER.exec(doc.text.slice(m.span.end, m.span.end + AMOUNT_REACH))?.[1]);
  return n > 1 && n <= MAX_COUNT ? n : undefined;
}

/** The ending of an Arabic dual noun (nominative "ان", oblique "ين"), on a form word. */
const ARABIC_DUAL = /^[\u0600-\u06ff]{3,}(?:ان|ين)$/u;
/** …and of one heading a construct ("مذكرتي تفاهم", "اتفاقيتا التعاون"): its "ن" falls. */
const CONSTRUCT_DUAL = /^[\u0600-\u06ff]{3,}(?:تي|تا)$/u;

/** Whether a form word is an Arabic dual: its last word, or its head before a complement ("مذكرتي تفاهم"). */
export function arabicDual(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  if (ARABIC_DUAL.test(doc.tokens[m.tokenEnd - 1]?.text ?? "")) return true;
  const head = doc.tokens[m.tokenStart]?.text ?? "";
  if (m.tokenEnd - m.tokenStart <= 1 || !anyIn(lists(doc).plural, head)) return false;
  // A masculine dual's construct drops its "ن" to end in "ي" ("بروتوكولي تعاون" of "بروتوكولين").
  return CONSTRUCT_DUAL.test(head) || (head.endsWith("ي") && anyIn(lists(doc).plural, `${head.slice(0, -1)}ين`));
}

/** Inclusion words between a counted batch of documents and the forms it is made of ("nine instruments, among…"). */
const INCLUDING_GAP = 4;

/**
 * The documents word a plural form lists the kinds of ("nove instrumentos jurídicos, entre memorandos…",
 * "neuf documents, dont des mémorandums"): right before it, only inclusion words (`lists.including`) and
 * articles between.
 */
function batchBefore(doc: MatchDoc, m: LexiconMatch<unknown>): LexiconMatch<true> | undefined {
  const words = wordsBefore(doc, m, INCLUDING_GAP + 1);
  return documentsOf(doc).find((d) => {
    const gap = m.tokenStart - d.tokenEnd;
    if (gap < 1 || gap > INCLUDING_GAP || d.tokenStart === m.tokenStart) return false;
    const between = words.slice(0, gap);
    return (
      between.length === gap && between.every((w) => anyIn(lists(doc).including, w) || anyIn(lists(doc).articles, w))
    );
  });
}

/** The documents words of a report, matched once: counts, carries and lists ask for them sentence by sentence. */
const documentsBy = new WeakMap<MatchDoc, readonly LexiconMatch<true>[]>();

/** Whether a number stands right before a match ("37 atos"). */
function countedRightBefore(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const word = wordsBefore(doc, m, 1)[0];
  return word !== undefined && numberIn(word, languageOf(doc)) !== undefined;
}

/** Words for signed documents of no stated form ("24 documents were signed", "37 atos"). */
export function documentsOf(doc: MatchDoc): readonly LexiconMatch<true>[] {
  let found = documentsBy.get(doc);
  if (!found) {
    const counted = lists(doc)
      .countedDocuments.match(doc)
      .filter((m) => countedRightBefore(doc, m));
    found = [...lists(doc).documents.match(doc), ...counted].sort((a, b) => a.span.start - b.span.start);
    documentsBy.set(doc, found);
  }
  return found;
}
