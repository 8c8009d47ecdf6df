/**
 * Status words in another of their senses (seed/lexicons/commitments.json): Spanish and Portuguese 'ratificar' before
 * a commitment, a will or a ruling as its direct object reaffirms ('ratificaron su compromiso con el acuerdo',
 * `notRatified`); Arabic 'المبرمة' (concluded) signs only when a day follows it in its clause ('المبرمة في 17 جوان
 * 2003', `datedSigning`), not for a final ruling ('الحكم المبرم') or a background agreement; and a status word inside a
 * set phrase of another sense ('البحث العلمي', scientific research, is no discussion: `notStatus`); and a verb of
 * concluding that closes a quotation ('”, ha concluso il viceministro': the speaker's last words, no instrument).
 */
import data from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
// The JSON is ours (seed/lexicons).
const DATA = data as unknown as {
  notRatified: ByLang;
  datedSigning: ByLang;
  notStatus: ByLang;
  lists: { topics: ByLang };
};
const languages = (byLang: ByLang) => Object.entries(byLang).filter(([lang]) => !lang.startsWith("$"));

/** The participles that sign only when a day follows them in their clause (`datedSigning`). */
export const DATED_SIGNING: ReadonlySet<string> = new Set(languages(DATA.datedSigning).flatMap(([, words]) => words));
/** Words between such a participle and the figures of its day ("المبرم في بوجوتا يوم 21 أبريل 2015"). */
const DATED_REACH = 8;
/** Words of a day relative to the report ("المبرمة اليوم", "أمس", "يوم الأحد"), in matching form. */
const RELATIVE_DAY = new Set(["اليوم", "امس", "يوم"]);

/** Whether figures of a day, or a day relative to the report, follow a word within DATED_REACH words, in its clause. */
export function dayFollows(doc: MatchDoc, c: LexiconMatch<unknown>): boolean {
  for (let i = c.tokenEnd; i < c.tokenEnd + DATED_REACH; i++) {
    const t = doc.tokens[i];
    if (!t) return false;
    const at = doc.map[t.start] ?? 0;
    if (CLAUSE_BREAK.test(doc.text.slice(c.span.end, at))) return false;
    if (/^\d/.test(t.text) || RELATIVE_DAY.has(t.text)) return true;
  }
  return false;
}

/** Prepositions that open how a verb was done, not its object ("con el respaldo", "sin el apoyo", "com amplo apoio"). */
const HOW = new Set(["con", "sin", "por", "en", "com", "sem", "para", "pelo", "pela", "pelos", "pelas", "mediante"]);
/** Words between a ratifying verb and what it reaffirms ("ratificaron este miércoles su compromiso"). */
const REAFFIRMED_REACH = 4;

let notRatifiedLex: Lexicon<true> | undefined;
const notRatified = () => {
  notRatifiedLex ??= new Lexicon(
    languages(DATA.notRatified).flatMap(([lang, words]) => entriesOf({ [lang]: words }, true as const)),
  );
  return notRatifiedLex;
};

let notStatusLex: Lexicon<true> | undefined;
/** Set phrases holding a status word in another sense (`notStatus`: "البحث العلمي", scientific research, not talks). */
const notStatus = () => {
  notStatusLex ??= new Lexicon(
    languages(DATA.notStatus).flatMap(([lang, words]) => entriesOf({ [lang]: words }, true as const)),
  );
  return notStatusLex;
};

/**
 * The status words of a text that stand in another sense: a ratifying verb whose object is a commitment, a will or a
 * ruling, not an instrument (`forms`: the text's form words) nor how it was done; a dated-only participle with no
 * day after it. `sameClause` tells whether a word after a status word is in its clause.
 */
export function otherSenses(
  doc: MatchDoc,
  forms: readonly LexiconMatch<unknown>[],
  sameClause: (before: LexiconMatch<unknown>, after: LexiconMatch<unknown>) => boolean,
): (c: LexiconMatch<string>) => boolean {
  const reaffirmed = notRatified().match(doc);
  const reaffirms = (c: LexiconMatch<string>) =>
    c.data === "ratified" &&
    reaffirmed.some(
      (w) =>
        w.tokenStart >= c.tokenEnd &&
        w.tokenStart - c.tokenEnd <= REAFFIRMED_REACH &&
        sameClause(c, w) &&
        // …what it ratifies, not a word of the name of the instrument it ratifies ("el tratado de extradición"), nor
        // of how it ratified it ("ratificó con el respaldo de la bancada el acuerdo", "por interés nacional").
        !forms.some((f) => f.tokenStart >= c.tokenEnd && f.tokenStart < w.tokenStart) &&
        !doc.tokens.slice(c.tokenEnd, w.tokenStart).some((t) => HOW.has(t.text)),
    );
  // "المبرمة في 17 جوان 2003": a participle that signs only when its clause dates it.
  const undated = (c: LexiconMatch<string>) => DATED_SIGNING.has(c.pattern) && !dayFollows(doc, c);
  // "البحث العلمي": a status word inside a set phrase of another sense.
  const phrases = notStatus().match(doc);
  const inPhrase = (c: LexiconMatch<string>) =>
    phrases.some((p) => p.span.start <= c.span.start && c.span.end <= p.span.end);
  const topic = topicSenses(doc, forms, sameClause);
  return (c) => reaffirms(c) || undated(c) || inPhrase(c) || topic(c) || saidInClosing(doc, c, forms);
}

/** A verb of concluding, which also closes a speech ("ha concluso il viceministro", "— заключил министр"). */
const CONCLUDING = /^(?:conclu\p{L}*|заключил\p{L}*)$/iu;
/** …in a finite past that needs no auxiliary ("concluded", "concluyó", "concluiu", "заключил"); not a participle. */
const CONCLUDED_FINITE = /^(?:concluded|concluy[oó]|conclui[uú]|заключил[аи]?)$/iu;
/**
 * A closing quotation mark and a comma (either first) or a dash, maybe an auxiliary or a pronoun, right before a verb: a reporting
 * clause ("”, ha concluso il viceministro", "», a conclu le ministre", "\", he concluded", "», — заключил министр").
 * A quoted name goes on with its own verb ("au forum « Atlantique », ont conclu un accord").
 */
const AFTER_QUOTE = /(?:,\s*[”"»]|[”"»]\s*[,—–-])\s*[—–-]?\s*((?:ha|a|hat|hanno|he|she|il|elle|lei|lui)\s+)?$/iu;
/** Characters before a verb where its reporting clause's quotation mark may stand. */
const QUOTE_REACH = 16;

/**
 * Whether a signing verb of concluding closes a quotation: its speaker concluded speaking, not an instrument. A
 * participle needs its auxiliary ("», conclu lundi à Rabat" names an instrument), and no form follows in its clause
 * ("”, concluded an energy agreement").
 */
function saidInClosing(doc: MatchDoc, c: LexiconMatch<string>, forms: readonly LexiconMatch<unknown>[]): boolean {
  if (c.data !== "signed" || !CONCLUDING.test(c.span.text)) return false;
  const quote = AFTER_QUOTE.exec(doc.text.slice(Math.max(0, c.span.start - QUOTE_REACH), c.span.start));
  if (!quote || !(quote[1] || CONCLUDED_FINITE.test(c.span.text))) return false;
  const rest = doc.text.slice(c.span.end);
  const clauseEnd = c.span.end + (CLAUSE_BREAK.exec(rest)?.index ?? rest.length);
  return !forms.some((f) => f.span.start >= c.span.end && f.span.start < clauseEnd);
}

/** Words at most between an instrument's form and the topic word that opens what it is about. */
const TOPIC_REACH = 4;
/** Words at most between an instrument's form and the colon that opens the list of what it is about. */
const LIST_REACH = 8;
let topicWords: ReadonlySet<string> | undefined;
/** The single-word topic prepositions of `lists.topics` ("on", "concerning", "تخص"), in matching form. */
const topicsOf = () =>
  (topicWords ??= new Set(
    languages(DATA.lists.topics)
      .flatMap(([, words]) => words)
      .filter((w) => !w.includes(" "))
      .map((w) => norm(w)),
  ));

/**
 * Discussion words that name what an instrument is about, not talks ("مذكرات تفاهم تخص البحث في الميدان الزراعي،
 * والبحث في مجال الفضاء": memoranda concerning research in agriculture, and research in space): the first right after a
 * topic word that follows the form in its clause, and each next one that opens an item of the same list (after a
 * comma, perhaps with a joiner or its clitic), nothing but commas between.
 */
function topicSenses(
  doc: MatchDoc,
  forms: readonly LexiconMatch<unknown>[],
  sameClause: (before: LexiconMatch<unknown>, after: LexiconMatch<unknown>) => boolean,
): (c: LexiconMatch<string>) => boolean {
  const topics = topicsOf();
  let last: LexiconMatch<string> | undefined;
  const held = new Set<LexiconMatch<string>>();
  const check = (c: LexiconMatch<string>): boolean => {
    if (held.has(c)) return true;
    if (c.data !== "discussed") return false;
    const before = doc.tokens[c.tokenStart - 1];
    const opensTopic =
      !!before &&
      topics.has(before.text) &&
      forms.some((f) => f.tokenEnd < c.tokenStart && c.tokenStart - f.tokenEnd <= TOPIC_REACH && sameClause(f, c));
    // …or the first item of a list the form's clause opens ("مذكرات تفاهم تخص قطاعات عدة، هي: البحث…", "namely:").
    const opensList =
      /[:：]\s*$/u.test(doc.text.slice(Math.max(0, c.span.start - 4), c.span.start)) &&
      forms.some(
        (f) =>
          f.tokenEnd < c.tokenStart &&
          c.tokenStart - f.tokenEnd <= LIST_REACH &&
          !/[.;!?؛\n]/u.test(doc.text.slice(f.span.end, c.span.start)) &&
          (doc.text.slice(f.span.end, c.span.start).match(/[:：]/gu) ?? []).length === 1,
      );
    const nextItem =
      !!last &&
      last.span.end <= c.span.start &&
      !/[.;:!?؛\n]/u.test(doc.text.slice(last.span.end, c.span.start)) &&
      /[,،]\s*(?:\p{L}{1,3}\s+)?$/u.test(doc.text.slice(Math.max(0, c.span.start - 12), c.span.start));
    if (!opensTopic && !opensList && !nextItem) return false;
    held.add(c);
    last = c;
    return true;
  };
  return check;
}
