/**
 * What stands around an instrument's mention and makes it no instrument of the report (seed/lexicons/commitments.json,
 * `context`): a meeting it names as the place of a signing ("signés lors de la 4e session de la commission mixte"),
 * a negation of the form itself ("non è un trattato"), an amendment it is the object of ("adendas a acordos em
 * vigor"), a set phrase that only looks like a form ("de acuerdo con", "according to the programme").
 */
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { arabicVariants, CLAUSE_BREAK, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { LegalForm } from "../../schemas/vocabulary";
import type { Span } from "../types";
import { isMonthName } from "./commitment-day-words";
import { ORDINAL_FIGURE } from "./commitment-list-words";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface ContextData {
  meeting: ByLang;
  negation: ByLang;
  denial: ByLang;
  amendment: ByLang;
  amendmentAfter: ByLang;
  setPhrase: ByLang;
  schedule: ByLang;
  agenda: ByLang;
  onAgenda: ByLang;
  tookPlace: ByLang;
  definite: ByLang;
}
const DATA = (COMMITMENTS_DATA as unknown as { context: ContextData }).context;
const LISTS = (COMMITMENTS_DATA as unknown as { lists: { quantity: ByLang; anaphora: ByLang } }).lists;

/** A meeting word this many words before a mechanism makes it the meeting's body ("la 4e session de la commission"). */
const MEETING_REACH = 4;
/** An amendment word this many words before a form makes the form the amended instrument ("avenant à l'accord"). */
const AMENDMENT_REACH = 3;
/** A count or quantity word this many words before a mention counts it ("24 documents", "ряд документов"). */
const COUNT_REACH = 3;
/** A year this many words after a form dates it ("firmato nel 2023"). */
const YEAR_REACH = 5;
/** A negation this many words before a form denies the form ("is not a treaty", "non è un trattato"). */
const DENIAL_REACH = 3;
/** The Arabic article, alone or after a conjunction or preposition (الاتفاقية، والاتفاقية، بالاتفاقية). */
const ARABIC_ARTICLE = /^(?:[وفبل]?ال|لل)/u;
function wordSet(byLang: ByLang): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(byLang)) for (const w of list) out.add(norm(w));
  return out;
}

/** The compiled words of `context` (built once per isolate). */
interface ContextWords {
  meeting: Set<string>;
  denial: Set<string>;
  amendment: Set<string>;
  amendmentAfter: Set<string>;
  quantity: Set<string>;
  definite: Set<string>;
  setPhrase: Lexicon<true>;
  schedule: Lexicon<true>;
  agenda: Lexicon<true>;
  onAgenda: Lexicon<true>;
  tookPlace: Lexicon<true>;
  negation: Lexicon<true>;
}
let words: ContextWords | undefined;
function context(): ContextWords {
  words ??= {
    meeting: wordSet(DATA.meeting),
    denial: wordSet(DATA.denial),
    quantity: wordSet(LISTS.quantity),
    definite: new Set([...wordSet(DATA.definite), ...wordSet(LISTS.anaphora)]),
    amendment: wordSet(DATA.amendment),
    amendmentAfter: wordSet(withoutComment(DATA.amendmentAfter)),
    setPhrase: new Lexicon(entriesOf(DATA.setPhrase, true as const)),
    schedule: new Lexicon(entriesOf(DATA.schedule, true as const)),
    agenda: new Lexicon(entriesOf(DATA.agenda, true as const)),
    onAgenda: new Lexicon(entriesOf(withoutComment(DATA.onAgenda), true as const)),
    tookPlace: new Lexicon(entriesOf(DATA.tookPlace, true as const)),
    negation: new Lexicon(entriesOf(DATA.negation, true as const)),
  };
  return words;
}

/** The words right before a match within its sentence and clause, nearest first (with their written form). */
function wordsBefore(doc: MatchDoc, m: LexiconMatch<unknown>, reach: number): string[];
function wordsBefore(
  doc: MatchDoc,
  m: LexiconMatch<unknown>,
  reach: number,
  withWritten: true,
): { text: string; written: string }[];
function wordsBefore(doc: MatchDoc, m: LexiconMatch<unknown>, reach: number, withWritten?: true) {
  const out: { text: string; written: string }[] = [];
  const from = sentenceAt(doc, m.span.start)?.start ?? 0;
  for (let i = m.tokenStart - 1; i >= 0 && i >= m.tokenStart - reach; i--) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.start] ?? 0) : 0;
    if (!t || at < from || CLAUSE_BREAK.test(doc.text.slice(at, m.span.start))) break;
    out.push({ text: t.text, written: doc.text.slice(at, at + 1) });
  }
  return withWritten ? out : out.map((w) => w.text);
}

const has = (set: Set<string>, word: string) => arabicVariants(word).some((w) => set.has(w));

/**
 * Whether a word before a body is an ordinal in figures that numbers its meetings ("la 19e Grande commission mixte",
 * "the 7th Joint Commission"): not a day of a month ("on 3rd May established a Joint Commission").
 */
function numbersMeetings(doc: MatchDoc, at: number): boolean {
  return ORDINAL_FIGURE.test(doc.tokens[at]?.text ?? "") && !isMonthName(doc.tokens[at + 1]?.text ?? "");
}

/** The words a body's name may hold before it besides MEETING_REACH's: at most this many in all. */
const MEETING_NAME_REACH = 10;

/**
 * Whether a mechanism is named as the body whose meeting hosted something ("at the 4th session of the joint
 * commission"). Names and numbers inside the body's name ("the 3rd session of the Ghana–Kenya High-Level Joint
 * Commission") do not count against the reach: capitalised words, numbers and ordinals.
 */
export function isMeetingOf(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  let plain = 0;
  for (const [i, w] of wordsBefore(doc, m, MEETING_NAME_REACH, true).entries()) {
    // The words run back from the body, one token each.
    if (has(context().meeting, w.text) || numbersMeetings(doc, m.tokenStart - 1 - i)) return true;
    if (!/^(?:\p{Lu}|\d)/u.test(w.written) && ++plain >= MEETING_REACH) return false;
  }
  return false;
}

/** Whether a mention is counted: a number or a quantity word right before it ("24 documents", "a number of documents"). */
export function isCounted(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  return wordsBefore(doc, m, COUNT_REACH).some((w) => /^\d{1,3}$/.test(w) || has(context().quantity, w));
}

/**
 * Whether a form with no count and no subject of its own restates an instrument named before it in the report:
 * a definite article or demonstrative right before it ("Tras la firma del acuerdo", "pelos acordos assinados").
 * "Agreement" is the word for any instrument; another form restates only one of its own form ("the memorandum
 * signed in 2023" after agreements is another instrument).
 */
export function restatesEarlier(
  doc: MatchDoc,
  m: LexiconMatch<{ legalForm: LegalForm }>,
  earlier: readonly { span: Span; legalForm: LegalForm }[],
  publishedOn?: string,
): boolean {
  // "il protocollo migratorio firmato nel 2023": an instrument of an earlier year is an older one.
  const year = Number(publishedOn?.slice(0, 4));
  const next = doc.tokens.slice(m.tokenEnd, m.tokenEnd + YEAR_REACH);
  if (next.some((t) => /^(19|20)\d\d$/.test(t.text) && Number(t.text) < year)) return false;
  if (isCounted(doc, m)) return false;
  const form = m.data.legalForm;
  const before = earlier.filter((e) => e.span.end <= m.span.start);
  if (isDefinite(doc, m)) return before.some((e) => form === "agreement" || e.legalForm === form);
  // With no article, only the same word opening its sentence ("Меморандум был подписан…" after "меморандум"): a
  // protocol after agreements ("Протокол был подписан в области рыболовства") is one more. The word for any instrument
  // ("соглашение") opening its sentence after the one instrument named ("Соглашение подписали…") is that one.
  const stem = (span: Span) => norm(doc.text.slice(span.start, span.end)).slice(0, STEM);
  return (
    opensSentence(doc, m) &&
    (before.some((e) => stem(e.span) === stem(m.span)) || (GENERIC_WORDS.has(m.pattern) && before.length === 1))
  );
}

/** The word for any instrument in each language: the first pattern of the agreement form ("соглашени*", "accord"). */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  Object.values(
    (COMMITMENTS_DATA as unknown as { forms: { legalForm: string; patterns: Record<string, string[]> }[] }).forms.find(
      (f) => f.legalForm === "agreement",
    )?.patterns ?? {},
  ).flatMap((words) => words.slice(0, 1)),
);

/** Letters two mentions of one form word share whatever their endings ("меморандум", "меморандума"). */
const STEM = 6;
/** A preposition naming the party an instrument is with ("Соглашение с Палау"): one of several told apart. */
const WITH = new Set(["с", "со", "with", "avec", "con", "com", "mit", "مع"]);

/**
 * Whether a mention opens its sentence ("Меморандум был подписан по итогам…"): a language with no articles names
 * there the instrument it goes on about, unless it names its party ("Соглашение с Палау было подписано…").
 */
function opensSentence(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const s = sentenceAt(doc, m.span.start);
  if (!s || /[\p{L}\p{N}]/u.test(doc.text.slice(s.start, m.span.start))) return false;
  return !WITH.has(doc.tokens[m.tokenEnd]?.text ?? "");
}

/** Whether a word (in matching form) is an article or a demonstrative ("the", "los", "этих"). */
export const isDefiniteWord = (w: string): boolean => has(context().definite, w);

/** Whether an article or demonstrative stands right before a mention (Arabic writes the article on the noun: "توقيع الاتفاقية"). */
export function isDefinite(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const [w] = wordsBefore(doc, m, 1);
  return (w !== undefined && has(context().definite, w)) || ARABIC_ARTICLE.test(m.span.text);
}

/**
 * Whether a mention points back to an instrument already told: an article or demonstrative before it ("Le
 * mémorandum dans le domaine…"); in Arabic, a construct made definite by its second noun ("مذكرة التفاهم في
 * مجال…"); in a language with no articles, the form opening its sentence ("Меморандум в области…").
 */
export function pointsBack(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const second = m.span.text.includes(" ") ? m.span.text.split(/\s+/).at(-1) : doc.tokens[m.tokenEnd]?.text;
  return isDefinite(doc, m) || ARABIC_ARTICLE.test(second ?? "") || opensSentence(doc, m);
}

/**
 * Whether a form is the instrument an amendment amends ("addenda to agreements in force", "avenant à l'accord", "un
 * protocolo que modifica el Convenio"), or the object a German relative clause closes on with its verb ("ein
 * Protokoll, das das Doppelbesteuerungsabkommen abändert").
 */
export function isAmended(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  if (has(context().amendmentAfter, doc.tokens[m.tokenEnd]?.text ?? "") && closesOrAgent(doc, m.tokenEnd)) return true;
  return wordsBefore(doc, m, AMENDMENT_REACH).some((w) => has(context().amendment, w));
}

/** The agent of a passive right after its participle ("modifiée par", "amended by", "المعدلة بموجب"). */
const AGENT = /^(?:by|par|por|pelo|pela|da|dal|dalla|dallo|von|durch|بموجب|بواسطة)$/u;

/**
 * Whether the word at token `i` ends its clause ("…, das das Doppelbesteuerungsabkommen abändert.") or has its
 * agent right after it ("la convention modifiée par le protocole"): an amended instrument. A main clause goes on
 * after its verb ("Das Protokoll ändert das Abkommen von 2012"), and a participle qualifies a noun it names ("ont
 * signé l'accord modifié sur la pêche"): the instrument stands there for itself.
 */
function closesOrAgent(doc: MatchDoc, i: number): boolean {
  const word = doc.tokens[i];
  if (!word) return false;
  const end = (doc.map[word.end - 1] ?? 0) + 1;
  if (/^\s*(?:[,;:.!?)\n]|$)/u.test(doc.text.slice(end, end + 3))) return true;
  return AGENT.test(doc.tokens[i + 1]?.text ?? "");
}

/** The form-denying negations of a report, matched once per report. */
const denialsOf = new WeakMap<MatchDoc, LexiconMatch<true>[]>();
function denials(doc: MatchDoc): LexiconMatch<true>[] {
  const known = denialsOf.get(doc);
  if (known) return known;
  const found = context().negation.match(doc);
  denialsOf.set(doc, found);
  return found;
}

/**
 * Whether a negation stands right before the form, only articles and copulas between ("n'est pas un traité",
 * "non è un trattato", "kein Abkommen"): a negation word of another language ("mai 2025 le protocole") is no denial.
 */
export function isDenied(
  doc: MatchDoc,
  m: LexiconMatch<unknown>,
  negations: readonly LexiconMatch<unknown>[],
): boolean {
  return [...negations, ...denials(doc)].some(
    (n) =>
      n.tokenEnd <= m.tokenStart &&
      m.tokenStart - n.tokenEnd <= DENIAL_REACH &&
      !CLAUSE_BREAK.test(doc.text.slice(n.span.end, m.span.start)) &&
      doc.tokens.slice(n.tokenEnd, m.tokenStart).every((t) => has(context().denial, t.text)),
  );
}

const schedulesOf = new WeakMap<MatchDoc, { schedules: LexiconMatch<true>[]; agendas: LexiconMatch<true>[] }>();
/**
 * A report's schedule phrases ("according to the programme") and meetings' agendas ("la agenda de la reunión"),
 * matched once: both hide the forms inside them, and both make a signing they list a plan (commitment-schedule.ts).
 */
export function schedulePhrases(doc: MatchDoc): { schedules: LexiconMatch<true>[]; agendas: LexiconMatch<true>[] } {
  let found = schedulesOf.get(doc);
  if (!found) {
    found = { schedules: context().schedule.match(doc), agendas: context().agenda.match(doc) };
    schedulesOf.set(doc, found);
  }
  return found;
}

/** Predicates that put their subject on a programme or an agenda ("is also on the agenda", "figure au programme"). */
export const onAgendaIn = (doc: MatchDoc): LexiconMatch<true>[] => context().onAgenda.match(doc);

/** A report's words that tell a signing took place ("se realizó la firma", "fand … statt", "جرى التوقيع"). */
export const tookPlaceIn = (doc: MatchDoc): LexiconMatch<true>[] => context().tookPlace.match(doc);

/** Form matches inside a set phrase ("de acuerdo con", "selon le programme de la visite"): no instrument named. */
export function withoutSetPhrases<T>(doc: MatchDoc, forms: LexiconMatch<T>[]): LexiconMatch<T>[] {
  const { schedules, agendas } = schedulePhrases(doc);
  const phrases = [...context().setPhrase.match(doc), ...schedules, ...agendas];
  return forms.filter(
    (f) =>
      !phrases.some((p) => p.span.start <= f.span.start && f.span.end <= p.span.end) && !isAbbreviation(doc, f.span),
  );
}

/**
 * An abbreviation in brackets right after a name ("a Memorandum of Understanding (MoU)", "un protocole d'entente
 * (PE)", "меморандум (МоВ)"): the name's short form, the same instrument, not a second one.
 */
export function isAbbreviation(doc: MatchDoc, span: Span): boolean {
  return (
    ABBREVIATION.test(span.text) &&
    /\(\s*$/.test(doc.text.slice(Math.max(0, span.start - 3), span.start)) &&
    /^\s*\)/.test(doc.text.slice(span.end, span.end + 3))
  );
}
/** Two to six letters, at least two of them capitals ("MoU", "PdE", "MOU", "МоВ"). */
const ABBREVIATION = /^(?=(?:.*\p{Lu}){2})\p{L}{2,6}$/u;
