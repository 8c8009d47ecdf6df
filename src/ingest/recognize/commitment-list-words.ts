/**
 * How a form word's neighbours are read against the word lists (commitment-word-lists.ts): the words right before it,
 * and the counts they state.
 */
import { anyIn, forms, lists, numberWordsOf } from "./commitment-word-lists";
import type { LexiconMatch } from "../match/lexicon";
import type { Span } from "../types";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import { isDay, isWeekday } from "./commitment-day-words";

/** Quantity, determiner and draft words count this many words before the form. */
const BEFORE_REACH = 3;

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

/** Tokens before a form within which a numbered part of it is cited ("Article 7 of the General Agreement"). */
const CITED_REACH = 4;
/** Characters after a cited form within which a status word is its own ("… del Convenio de Integración que firmaron"). */
const OWN_VERB_REACH = 80;

/**
 * Whether a form is named for a numbered part of it ("set up under Article 7 of the General Agreement", "conforme al
 * artículo 5 del Convenio", "согласно статье 7 Соглашения", "وفق المادة 7 من الاتفاقية"): an instrument in place,
 * cited for one of its provisions, is none signed there.
 */
export function citesPart(doc: MatchDoc, m: LexiconMatch<unknown>, cues: readonly { span: Span }[]): boolean {
  // With a verb of its own after it ("del Convenio … que firmaron en 2010"), it is told for itself.
  const own = cues.some(
    (c) =>
      c.span.start >= m.span.end &&
      c.span.start - m.span.end <= OWN_VERB_REACH &&
      !/[.;:!?]/u.test(doc.text.slice(m.span.end, c.span.start)),
  );
  if (own) return false;
  const sentence = sentenceAt(doc, m.span.start)?.start ?? 0;
  for (let i = m.tokenStart - 1; i > 0 && i >= m.tokenStart - CITED_REACH; i--) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? 0) < sentence) return false;
    if (COUNT.test(t.text) && numbered(doc, i)) return true;
  }
  return false;
}

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
