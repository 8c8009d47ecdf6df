/**
 * The words of seed/lexicons/commitments.json `lists` (and named companies), loaded once, and how a form word's
 * neighbours are read against them: the words right before it, and the counts they state.
 */
import { pluralWords, wordSet } from "./commitment-plurals";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";
import COMPANIES from "../../../seed/lexicons/companies.json";
import { Lexicon, entriesOf, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import { isDay, isWeekday } from "./commitment-day-words";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface ListsData {
  plural: ByLang;
  quantity: ByLang;
  agent: ByLang;
  anaphora: ByLang;
  articles: ByLang;
  singular: ByLang;
  draft: ByLang;
  company: ByLang;
  fields: ByLang;
  documents: ByLang;
  about: ByLang;
  parties: ByLang;
  sides: ByLang;
  numbering: ByLang;
  numbers: Readonly<Record<string, ByLang>>;
  including: ByLang;
  members: ByLang;
  memberLinks: ByLang;
  pluralAuxiliaries: ByLang;
  invariablePlurals: ByLang;
  between: ByLang;
  agentGenitive: ByLang;
  institutions: ByLang;
}
const DATA = (COMMITMENTS_DATA as unknown as { lists: ListsData }).lists;

/** Quantity, determiner and draft words count this many words before the form. */
const BEFORE_REACH = 3;

/** Named companies (seed/lexicons/companies.json), matched with their capitals: "Eni ha firmato…" is a firm's deal. */
function companyNames(): LexiconEntry<true>[] {
  const { $comment: _c, latin, ...scripts } = COMPANIES;
  const byLang: ByLang = { en: latin, ...scripts };
  return entriesOf(byLang, true as const).map((e) => ({ ...e, casing: "capital" as const }));
}

function numberWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, byLang] of Object.entries(DATA.numbers)) for (const w of wordSet(byLang)) out.set(w, Number(n));
  return out;
}

/** Each language's own number words: "dos" counts two in Spanish, and is "of the" in Portuguese. */
let numbersByLanguage: Map<string, Map<string, number>> | undefined;
function numberWordsOf(language: string): Map<string, number> | undefined {
  if (!numbersByLanguage) {
    numbersByLanguage = new Map();
    for (const [n, byLang] of Object.entries(DATA.numbers))
      for (const [lang, words] of Object.entries(byLang)) {
        const own = numbersByLanguage.get(lang) ?? new Map<string, number>();
        for (const w of wordSet({ [lang]: words })) own.set(w, Number(n));
        numbersByLanguage.set(lang, own);
      }
  }
  return numbersByLanguage.get(language);
}

/** The language of a report's text, as analyze.ts detected it (none for a bare text prepared elsewhere). */
const languages = new WeakMap<MatchDoc, string>();
export function setLanguage(doc: MatchDoc, language: string): void {
  languages.set(doc, language);
}
export function languageOf(doc: MatchDoc): string | undefined {
  return languages.get(doc);
}

let sets:
  | {
      plural: Set<string>;
      ambiguous: Set<string>;
      quantity: Set<string>;
      anaphora: Set<string>;
      articles: Set<string>;
      singular: Set<string>;
      draft: Set<string>;
      about: Set<string>;
      parties: Set<string>;
      sides: Set<string>;
      numbering: Set<string>;
      numbers: Map<string, number>;
      including: Set<string>;
      members: Set<string>;
      memberLinks: Set<string>;
      pluralAuxiliaries: Set<string>;
      invariable: Set<string>;
      determiners: Set<string>;
      between: Set<string>;
      agentGenitive: Set<string>;
      institutions: string[];
      agent: Lexicon<true>;
      company: Lexicon<true>;
      fields: Lexicon<true>;
      documents: Lexicon<true>;
    }
  | undefined;
/**
 * The function-word lists a report's own language reads: Spanish "a" is a preposition, not the English article;
 * Portuguese "do" is "of the". Content words (plurals, drafts, members…) stay every language's, and so do the
 * articles: restates() (commitment-lists.ts) reads an English "a" as the Portuguese article, and two review probes
 * ("three agreements and a memorandum long discussed", "One of them replaces a treaty signed in 2019") keep their
 * batch whole only so; an English batch's joined singular still needs its own reading.
 */
const OWN_LANGUAGE = [
  "about",
  "parties",
  "sides",
  "numbering",
  "including",
  "quantity",
  "anaphora",
  "singular",
] as const;
type Lists = NonNullable<typeof sets>;
const byLanguage = new Map<string, Lists>();

/** The word lists, with the function words of `doc`'s language alone when it is known (else every language's). */
export function lists(doc?: MatchDoc): Lists {
  const all = allLists();
  const language = doc ? languageOf(doc) : undefined;
  if (!language) return all;
  let own = byLanguage.get(language);
  if (!own) {
    own = { ...all };
    for (const key of OWN_LANGUAGE) {
      const words = withoutComment(DATA[key])[language];
      if (words?.length) own[key] = wordSet({ [language]: words });
    }
    byLanguage.set(language, own);
  }
  return own;
}

function allLists(): Lists {
  if (sets) return sets;
  const { plural, ambiguous } = pluralWords(DATA.plural);
  sets = {
    ambiguous,
    about: wordSet(DATA.about),
    parties: wordSet(DATA.parties),
    sides: wordSet(withoutComment(DATA.sides)),
    numbering: wordSet(withoutComment(DATA.numbering)),
    numbers: numberWords(),
    including: wordSet(DATA.including),
    members: wordSet(withoutComment(DATA.members)),
    memberLinks: wordSet(withoutComment(DATA.memberLinks)),
    pluralAuxiliaries: wordSet(withoutComment(DATA.pluralAuxiliaries)),
    invariable: wordSet({ de: DATA.invariablePlurals.de ?? [] }),
    determiners: wordSet({ de: DATA.invariablePlurals.determiners ?? [] }),
    between: wordSet(withoutComment(DATA.between)),
    agentGenitive: wordSet(withoutComment(DATA.agentGenitive)),
    institutions: [...wordSet(withoutComment(DATA.institutions))],
    fields: new Lexicon(entriesOf(DATA.fields, true as const)),
    documents: new Lexicon(entriesOf(DATA.documents, true as const)),
    plural,
    quantity: wordSet(DATA.quantity),
    anaphora: wordSet(DATA.anaphora),
    articles: wordSet(DATA.articles),
    singular: wordSet(DATA.singular),
    draft: wordSet(DATA.draft),
    agent: new Lexicon(entriesOf(DATA.agent, true as const)),
    company: new Lexicon([...entriesOf(DATA.company, true as const), ...companyNames()]),
  };
  return sets;
}

const singularBy = new Map<string, Set<string>>();
/**
 * Whether a word is a singular article of the report's own language ("un", "una" in Spanish; not the English "a",
 * which is a Spanish preposition); of every language when the report's is unknown.
 */
export function singularOfLanguage(doc: MatchDoc, text: string): boolean {
  const language = languageOf(doc);
  const words = language ? DATA.singular[language] : undefined;
  if (!language || !words) return anyIn(lists(doc).singular, text);
  let set = singularBy.get(language);
  if (!set) {
    set = wordSet({ [language]: words });
    singularBy.set(language, set);
  }
  return anyIn(set, text);
}

/** A token's text and, for Arabic, the word without its clitics. */
function forms(text: string): string[] {
  return arabicVariants(text);
}

/** Whether a word, or its form without clitics, is in a set. */
export function anyIn(set: Set<string>, text: string): boolean {
  return forms(text).some((f) => set.has(f));
}

/** The words right before a match (at most BEFORE_REACH), nearest first. */
export function wordsBefore(doc: MatchDoc, m: LexiconMatch<unknown>, reach = BEFORE_REACH): string[] {
  const out: string[] = [];
  // A colon that opens a list ends the words before its items: "five documents: an agreement…" counts the list,
  // not its first item.
  const sentence = sentenceAt(doc, m.span.start)?.start ?? 0;
  const colon = doc.text.slice(sentence, m.span.start).search(/:\s[^:]*$/);
  const from = colon >= 0 ? sentence + colon + 1 : sentence;
  for (let i = m.tokenStart - 1; i >= 0 && i >= m.tokenStart - reach; i--) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? 0) < from) break;
    // A figure in brackets is a day or a repeated count ("sexta-feira (20) acordo", "two (2) agreements"), no count.
    if (COUNT.test(t.text) && doc.text[(doc.map[t.start] ?? 0) - 1] === "(") continue;
    // A weekday that spells a number is a date ("يوم الاثنين", "اليوم الاثنين": Monday, not "two").
    if (isWeekday(t.text, doc.tokens[i - 1]?.text)) continue;
    // A figure by a month's name is a day ("11 марта", "11 de marzo", "March 11"), no count.
    if (COUNT.test(t.text) && isDay(doc, i)) continue;
    // A figure that numbers a part of a text is no count ("artículo 7 del Acuerdo", "статьи 7 Соглашения").
    if (COUNT.test(t.text) && numbered(doc, i)) continue;
    // A figure that numbers its line's list item is no count ("3 ـ مذكرة تفاهم…", "2 – Memorandum on…").
    if (COUNT.test(t.text) && itemNumber(doc, t)) continue;
    // A number joined by a hyphen to the word after it measures the instrument ("a seven-point memorandum", "a
    // 10-year agreement", "two five-year programmes"): no count.
    if (measures(doc, t)) continue;
    out.push(t.text);
  }
  return out;
}

/**
 * Whether a number token is joined by a hyphen to the word after it ("seven-point", "10-year", "25-летний"), that word
 * no number itself ("twenty-two", "dix-sept" are one number).
 */
export function measures(doc: MatchDoc, t: { text: string; start: number; end: number }): boolean {
  if (!COUNT.test(t.text) && numberIn(t.text) === undefined) return false;
  const end = doc.map[t.end] ?? doc.map[t.end - 1];
  if (end === undefined) return false;
  const joined = /^[-‐‑](\p{L}+)/u.exec(doc.text.slice(end, end + 24));
  return !!joined?.[1] && numberIn(norm(joined[1])) === undefined;
}

/** Whether the figure at token `i` numbers the noun right before it, nothing but a space between ("artículo 7"). */
function numbered(doc: MatchDoc, i: number): boolean {
  const [noun, figure] = [doc.tokens[i - 1], doc.tokens[i]];
  if (!noun || !figure || !anyIn(lists(doc).numbering, noun.text)) return false;
  return /^\s+$/u.test(doc.text.slice(doc.map[noun.end] ?? 0, doc.map[figure.start] ?? 0));
}

/** A list item's number at the start of its line, then its mark: "3 ـ", "2 –", "4.", "1)". */
/** A list item's number at the start of its line: a figure, then a dash (or a run of Arabic tatweel), a dot or a bracket. */
export const ITEM_NUMBER = /^[0-9٠-٩]{1,2}\s?(?:[-–—ـ]+|[.)])\s/u;

/** Whether a figure token numbers the list item its line opens with. */
function itemNumber(doc: MatchDoc, t: { start: number; end: number }): boolean {
  const at = doc.map[t.start] ?? 0;
  const lineStart = doc.text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", at);
  return (
    doc.text.slice(lineStart, at).trim() === "" &&
    ITEM_NUMBER.test(doc.text.slice(at, lineEnd < 0 ? undefined : lineEnd))
  );
}

/** A number that counts instruments: not a year. */
export const COUNT = /^\d{1,3}$/;

/**
 * The number a word states, in figures or words ("9", "neuf", "nine"), if any: in the words of `language` when it
 * is known ("dos" is two only in Spanish), else of any language.
 */
export function numberIn(word: string, language?: string): number | undefined {
  if (COUNT.test(word)) return Number(word);
  // A figure with the Arabic "and" joined to it ("و3": and three).
  if (/^و\d{1,3}$/u.test(word)) return Number(word.slice(1));
  const words = (language && numberWordsOf(language)) || lists().numbers;
  return forms(word)
    .map((f) => words.get(f))
    .find((x) => x !== undefined);
}

/** A count with the Arabic "and" joined to it ("وثلاث", "و3"): the next form's own count, after another form. */
export function isArabicAndCount(word: string): boolean {
  return word.startsWith("و") && numberIn(word) !== undefined;
}

/** An item word stands this many words before the form at most ("the second agreement", "the other two agreements"). */
const MEMBER_REACH = 2;

/** An item word that is the subject of "is" stands this many words before the form at most ("O segundo, também um…"). */
const LINKED_REACH = 4;

/**
 * Whether a form is marked as one item of a batch told before it: an ordinal, "last", "another" or "other" right
 * before it ("Um terceiro acordo", "the other two agreements"), or as the subject of "is" with nothing but the
 * copula, "also" and an indefinite article between ("The first is an agreement…", "O segundo, também um ajuste…"),
 * or right after it in Arabic ("الاتفاقية الثانية").
 */
export function isMarkedItem(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { members, memberLinks, singular } = lists(doc);
  if (wordsBefore(doc, m, MEMBER_REACH).some((w) => anyIn(members, w))) return true;
  // An ordinal in figures right before the form ("le 6e protocole", "O 3º memorando"), not before another noun
  // ("le 20e anniversaire du traité").
  if (ORDINAL_FIGURE.test(doc.tokens[m.tokenStart - 1]?.text ?? "")) return true;
  const linked = wordsBefore(doc, m, LINKED_REACH);
  const subject = linked.findIndex((w) => !anyIn(memberLinks, w) && !anyIn(singular, w));
  if (
    subject > 0 &&
    anyIn(members, linked[subject] ?? "") &&
    linked.slice(0, subject).some((w) => anyIn(memberLinks, w))
  )
    return true;
  const next = doc.tokens[m.tokenEnd]?.text ?? "";
  return ARABIC.test(next) && anyIn(members, next);
}

const ARABIC = /^[\u0600-\u06ff]/u;

/** An ordinal written in figures, in matching form ("6e", "19ème" → "19eme", "7th", "3º" → "3o", "3ª" → "3a"). */
export const ORDINAL_FIGURE = /^\d{1,3}(?:e|er|re|ere|eme|th|st|nd|rd|a|o)$/u;

/** Whether the form's subject follows it, past an Arabic item word after it ("الاتفاقيتان الأخريان حول…"). */
export function subjectFollows(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { about, members } = lists(doc);
  const next = doc.tokens[m.tokenEnd]?.text ?? "";
  const then = ARABIC.test(next) && anyIn(members, next) ? (doc.tokens[m.tokenEnd + 1]?.text ?? "") : next;
  return anyIn(about, then);
}

/** How far back (words, in its clause) a determiner keeps a form of both numbers one ("das am Montag unterzeichnete Abkommen"). */
const DETERMINER_REACH = 6;

/**
 * Whether a bare form is several: a plural passive auxiliary before it, no article between ("wurden auch Abkommen
 * …"), or a form word of both numbers with no determiner before it in its clause ("unterzeichneten am Montag
 * Abkommen über…"; `lists.invariablePlurals`).
 */
export function afterPluralAuxiliary(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { pluralAuxiliaries, articles, anaphora, singular, invariable, determiners } = lists(doc);
  const determiner = (w: string) =>
    anyIn(articles, w) || anyIn(anaphora, w) || anyIn(singular, w) || anyIn(determiners, w);
  for (const w of wordsBefore(doc, m)) {
    if (anyIn(pluralAuxiliaries, w)) return true;
    if (anyIn(articles, w) || anyIn(anaphora, w)) return false;
  }
  if (m.tokenEnd - m.tokenStart !== 1 || !anyIn(invariable, doc.tokens[m.tokenStart]?.text ?? "")) return false;
  const from = doc.text.lastIndexOf(",", m.span.start);
  const clause = wordsBefore(doc, m, DETERMINER_REACH).slice(0, Math.max(0, countWords(doc, from, m)));
  return !clause.some(determiner);
}

/** How many tokens of the sentence stand between a comma at `from` (or none, -1) and the form. */
function countWords(doc: MatchDoc, from: number, m: LexiconMatch<unknown>): number {
  let n = 0;
  for (let i = m.tokenStart - 1; i >= 0 && (doc.map[doc.tokens[i]?.start ?? 0] ?? 0) > from; i--) n++;
  return n;
}
