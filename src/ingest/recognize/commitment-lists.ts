/**
 * How instruments named by a legal-form word alone are counted and told apart (seed/lexicons/commitments.json,
 * `lists`): a plural or counted form lists one instrument per field named after it ("signed agreements on
 * energy, transport and health"); a form with no field after it that restates one already named ("the
 * agreement will enter into force", "cet accord") or only counts them ("eight agreements were signed") is
 * generic (commitment-generic.ts); a draft is not signed; a deal between companies is no commitment of the
 * two states. Whether a form is plural, and how many it counts, is commitment-plural.ts.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, type Sentence, sentenceAt, textBetween } from "../match/normalize";
import { COMMITMENTS_DATA } from "./commitment-cues";
import type { Span } from "../types";
import { clauseEnd } from "./commitment-list-clause";
import { isDayWord } from "./commitment-day-words";
import { witnesses } from "./commitment-witnesses";
import { isInstitution } from "./commitment-institution-parties";
import { isArabicAndCount, numberIn, wordsBefore } from "./commitment-list-words";
import { anyIn, lists, languageOf } from "./commitment-word-lists";
import { arabicDual, countOf, isPluralForm } from "./commitment-plural";

/** A list of fields after a form word reaches this far (characters) at most. */
const LIST_REACH = 200;
/** A passive verb this many words after the form ("accords ont été signés dans les domaines…") does not end its list. */
const PASSIVE_REACH = 4;
/** A track this many words after an instrument, subject words only between, is its subject. */
const SUBJECT_GAP = 3;
/** A draft word this many words after the signing word still governs the form. */
const DRAFT_GAP = 5;
/** A form this close (characters) after another, with no comma or conjunction between, is part of its name. */
const COMPLEMENT_REACH = 60;
/** A status word this many words after "the agreement" is its verb ("will enter into force", "a été signé"). */
const VERB_GAP = 3;
/** A company word this close (characters) to the signature or the instrument makes it a deal between firms. */
const COMPANY_REACH = 80;

/** Whether a demonstrative stands right before the form ("cette déclaration", "diese Erklärung"). */
export function hasDemonstrative(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const [w] = wordsBefore(doc, m, 1);
  return w !== undefined && anyIn(lists(doc).anaphora, w);
}

/**
 * Whether a form restates an instrument already named: a demonstrative before it ("cet accord", "هذه الاتفاقية"),
 * or an article before it with its verb right after ("the agreement will enter into force", "l'accord a été signé").
 */
export function restates(doc: MatchDoc, m: LexiconMatch<unknown>, cues: readonly LexiconMatch<unknown>[]): boolean {
  const [w] = wordsBefore(doc, m, 1);
  if (w === undefined) return false;
  if (anyIn(lists(doc).anaphora, w)) return true;
  return (
    anyIn(lists(doc).articles, w) &&
    cues.some((c) => c.tokenStart >= m.tokenEnd && c.tokenStart - m.tokenEnd <= VERB_GAP)
  );
}

/** Whether a list describes the fields one batch covers ("in areas such as health and tourism"), not one instrument each. */
export function describesBatch(doc: MatchDoc, list: Span): boolean {
  return lists(doc)
    .fields.match(doc)
    .some((f) => f.span.start >= list.start && f.span.end <= list.end);
}

/** Definite articles and demonstratives no language reads as "a" (Portuguese "a" is "the", English "a" is not). */
const DEFINITE_BEFORE = new Set(
  "the this that le la l ce cet cette il lo el este esta ese esa o der die das dem den dieses diese".split(" "),
);

/** Whether the word right after the form introduces its subject ("the agreement on…", "l'accord relatif à…"). */
export function namesSubject(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const next = doc.tokens[m.tokenEnd]?.text;
  // "the agreement on Tuesday": when it was signed, not what it is about (a new one, "a protocol on Tuesday", may
  // still be told apart by its clause).
  if (next === undefined || (dayAfter(doc, m) && DEFINITE_BEFORE.has(wordsBefore(doc, m, 1)[0] ?? ""))) return false;
  return anyIn(lists(doc).about, next) || ARABIC_PURPOSE.test(next);
}

/** Whether the word after a form is a preposition before a day or a date ("a memorandum on Tuesday"): when, not what. */
export function dayAfter(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const next = doc.tokens[m.tokenEnd]?.text;
  return next !== undefined && anyIn(lists(doc).about, next) && dayAt(doc, m.tokenEnd + 1);
}

/**
 * Whether the word at a token is a day or a date ("on Tuesday", "on 12 March", "en mars", "в пятницу"): what a
 * preposition after a form then opens is when it was signed, not its subject.
 */
function dayAt(doc: MatchDoc, token: number): boolean {
  const t = doc.tokens[token];
  if (!t) return false;
  const raw = doc.text.slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0);
  return isDayWord(raw);
}

/**
 * An Arabic verbal noun with "لـ" (for) right after a form names its subject, as "بشأن" does: "اتفاقية لترميم…",
 * "مذكرة تفاهم لتطوير…", "برنامج للتبادل…" (the verbal nouns of derived verbs: تـ…, إ…, ا…, and "لل" before the article).
 */
const ARABIC_PURPOSE = /^(?:لت|لإ|لا|لل)[\u0621-\u064a]{3,}$/u;

/** Whether `subject` follows `form` as its subject: only subject words between ("a declaration on security cooperation"). */
export function namesAsSubject(doc: MatchDoc, form: LexiconMatch<unknown>, subject: LexiconMatch<unknown>): boolean {
  if (subject.tokenStart < form.tokenEnd || subject.tokenStart - form.tokenEnd > SUBJECT_GAP) return false;
  const between = doc.tokens.slice(form.tokenEnd, subject.tokenStart);
  return (
    between.length > 0 && between.every((t) => anyIn(lists(doc).about, t.text) || anyIn(lists(doc).articles, t.text))
  );
}

/**
 * Whether a draft word stands right before the form ("the draft memorandum", "projet d'accord"), between the
 * signing word and the form ("the signing of the draft MOA or memorandum"), or before a ratification word (a
 * bill of ratification).
 */
export function isDraft(doc: MatchDoc, m: LexiconMatch<unknown>, cue?: LexiconMatch<unknown>): boolean {
  const { draft } = lists(doc);
  if (wordsBefore(doc, m).some((w) => anyIn(draft, w))) return true;
  if (!cue || cue.tokenEnd > m.tokenStart || m.tokenStart - cue.tokenEnd > DRAFT_GAP) return false;
  return doc.tokens.slice(cue.tokenEnd, m.tokenStart).some((t) => anyIn(draft, t.text));
}

/**
 * Whether a form is part of the name of the form before it ("the memorandum for the rice agreement", "le
 * programme exécutif de l'accord de coopération"): close after it, with no comma or conjunction between.
 */
export function complementOf(doc: MatchDoc, previous: Span | undefined, m: LexiconMatch<unknown>): boolean {
  if (!previous || m.span.start - previous.end > COMPLEMENT_REACH || m.span.start < previous.end) return false;
  // A bracketed abbreviation is the previous form's; Arabic joins "and" to the next word (ومذكرات).
  const between = doc.text.slice(previous.end, m.span.start).replace(/\([^)]*\)/g, " ");
  if (m.span.text.startsWith("و")) return false;
  if (/[,;،؛:()]|(^|\s)(и|или|و|or|ou|o|as|also)(\s|$)/iu.test(between)) return false;
  // …or to a count of the next form ("خمس اتفاقيات وثلاث مذكرات", "5 اتفاقيات و3 مذكرات"): a batch of its own.
  if (between.split(/\s+/).some(isArabicAndCount)) return false;
  // Any conjunction of lists.conjunctions ("sowie", "nonché", "bem como", "а также").
  const words = ` ${norm(between)} `;
  return !conjunctionWords().some((c) => words.includes(` ${c} `));
}

let conjunctionList: string[] | undefined;
/** The normalized conjunctions of every language (seed/lexicons/commitments.json `lists.conjunctions`). */
function conjunctionWords(): string[] {
  conjunctionList ??= Object.values(
    (COMMITMENTS_DATA as unknown as { lists: { conjunctions: Record<string, string[]> } }).lists.conjunctions,
  )
    .flat()
    .map((w) => norm(w));
  return conjunctionList;
}

/** Whether a form only continues the count of the form before it ("25 accords, mémorandums et programmes"). */
export function continuesCount(doc: MatchDoc, previous: Span | undefined, m: LexiconMatch<unknown>): boolean {
  if (!previous || previous.end !== m.span.start) return false;
  // A form with a count of its own starts a batch of its own ("سبع مذكرات تفاهم وبرنامجين": seven memoranda and two
  // programmes; "five agreements and two memoranda").
  const last = doc.text.slice(previous.start, previous.end).trim().split(/\s+/).pop() ?? "";
  if (numberIn(last, languageOf(doc)) !== undefined || arabicDual(doc, m)) return false;
  if (/^[\s,،]*$|[\s,،](and|et|e|y|und|и|و|or|ou|o)\s*$/u.test(doc.text.slice(previous.start, previous.end)))
    return true;
  // Arabic joins "and" to the next word: "13 اتفاقية تعاون ومذكرة تفاهم" (not "وثيقة", a document, whose "و" is its own).
  return ARABIC_AND.test(doc.tokens[m.tokenStart]?.text ?? "");
}

/** A form word with the Arabic "and" joined to it ("ومذكرة", "واتفاقية"), not a word that begins with "وث" (وثيقة). */
const ARABIC_AND = /^و(?!ث)[\u0600-\u06ff]{3,}$/u;

/**
 * Where the fields of a form word are named: from its end to the next form word, the next status word (a
 * passive verb right after the form excepted), an agent word ("signed by"), a clause opened after a comma
 * ("…, after talks on trade"), the sentence end or LIST_REACH.
 */
export function listSpan(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
  sentence: Sentence,
  forms: readonly LexiconMatch<unknown>[],
  cues: readonly LexiconMatch<unknown>[],
): Span {
  let end = clauseEnd(doc, form.span.end, Math.min(sentence.end, form.span.end + LIST_REACH));
  const after = (m: LexiconMatch<unknown>) => m.span.start >= form.span.end && m.span.start < end;
  // A genitive "von" is an agent only by a signing word ("unterzeichnet von", "von den Ministern unterzeichnet").
  const agents = lists(doc)
    .agent.match(doc)
    .filter((a) => !anyIn(lists(doc).agentGenitive, a.span.text) || cues.some((c) => nextTo(doc, c, a)));
  for (const m of [...forms, ...agents]) if (after(m)) end = Math.min(end, m.span.start);
  for (const c of cues) if (after(c) && c.tokenStart - form.tokenEnd > PASSIVE_REACH) end = Math.min(end, c.span.start);
  return { start: form.span.end, end, text: doc.text.slice(form.span.end, end) };
}

/** Words at most between an agent word and the signing word after it ("von den beiden Ministern unterzeichnet"). */
const AGENT_REACH = 6;

/** Whether a signing word stands right before an agent word, or a few words after it in its clause. */
function nextTo(doc: MatchDoc, cue: LexiconMatch<unknown>, agent: LexiconMatch<unknown>): boolean {
  if (cue.tokenEnd === agent.tokenStart) return true;
  return (
    cue.tokenStart >= agent.tokenEnd &&
    cue.tokenStart - agent.tokenEnd <= AGENT_REACH &&
    !CLAUSE_BREAK.test(textBetween(doc, agent.span, cue.span))
  );
}

/**
 * Whether the signers are companies: a company word before the signature ("the oil company signed a
 * memorandum"), between the signing verb and the form (a subject after its verb), or after the form's parties word
 * ("un accordo tra l'amministratore delegato…").
 */
export function isCompanyDeal(
  doc: MatchDoc,
  sentence: Sentence,
  form: LexiconMatch<unknown>,
  cue?: Span,
  forms: readonly LexiconMatch<unknown>[] = [],
): boolean {
  const first = Math.min(form.span.start, cue?.start ?? form.span.start);
  const ranges = [{ start: Math.max(sentence.start, first - COMPANY_REACH), end: first }];
  const next = doc.tokens[form.tokenEnd];
  if (next && anyIn(lists(doc).parties, next.text)) {
    const at = doc.map[next.start] ?? form.span.end;
    ranges.push({ start: at, end: Math.min(sentence.end, at + COMPANY_REACH) });
  }
  // A subject after its verb ("وقع رجال الأعمال … مذكرات", "unterzeichneten Unternehmer … Memoranden"), before the
  // first form the verb governs: a company word in an earlier item's subject ("um memorando de apoio às empresas e
  // um memorando sobre turismo") is no signer of the next.
  if (cue && cue.end <= form.span.start) {
    const firstForm = forms.find((f) => f.span.start >= cue.end && f.span.start < form.span.start)?.span.start;
    ranges.push({ start: cue.end, end: Math.min(firstForm ?? form.span.start, cue.end + COMPANY_REACH) });
  }
  return lists(doc)
    .company.match(doc)
    .some(
      (c) =>
        ranges.some((r) => c.span.start >= r.start && c.span.end <= r.end) &&
        !witnesses(doc, c.span) &&
        !inInstitutionName(doc, c),
    );
}

/** Tokens before a company word in which the head of an institution's name may stand. */
const NAME_TOKENS = 8;

/**
 * Whether a capitalized company word is part of a state institution's name ("o Ministério das Micro, Pequenas e
 * Médias Empresas da Índia", "Ministry of Small and Medium Enterprises"): an institution's capitalized head word a few
 * words before it, no clause break between.
 */
function inInstitutionName(doc: MatchDoc, c: LexiconMatch<unknown>): boolean {
  if (!/^\p{Lu}/u.test(c.span.text)) return false;
  for (let i = c.tokenStart - 1; i >= Math.max(0, c.tokenStart - NAME_TOKENS); i--) {
    const t = doc.tokens[i];
    if (!t) return false;
    const raw = doc.text.slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0);
    if (/[.;:!?()]/u.test(doc.text.slice(doc.map[t.end] ?? 0, c.span.start))) return false;
    if (/^\p{Lu}/u.test(raw) && isInstitution(t.text)) return true;
  }
  return false;
}

/** A field word this many words from a form, in its clause, is the form's own ("al acuerdo firmado en cuestión migratoria"). */
const OWN_FIELD_GAP = 3;

/** Whether a field word stands by the form in its clause (not "des Abkommens besuchten die Minister den Hafen"). */
export function fieldInClause(
  doc: MatchDoc,
  field: LexiconMatch<unknown> | undefined,
  form: LexiconMatch<unknown>,
): boolean {
  if (!field) return false;
  const gap = field.tokenStart >= form.tokenEnd ? field.tokenStart - form.tokenEnd : form.tokenStart - field.tokenEnd;
  return gap <= OWN_FIELD_GAP && !CLAUSE_BREAK.test(textBetween(doc, field.span, form.span));
}

/** A signing word governs a standalone instrument this far (characters): a list of them, or a passive after one. */
const LIST_CUE_REACH = 200;
/** …and a passive that closes the clause of a plural form's long list ("wurden Abkommen zur A sowie zur B unterzeichnet"). */
const CLOSING_PASSIVE_REACH = 400;

/** Whether a status word is the first word of its sentence ("وقّع …", "Firmaron …"). */
function opensSentence(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const s = sentenceAt(doc, cue.span.start);
  return !!s && !/\p{L}/u.test(doc.text.slice(s.start, cue.span.start));
}

/**
 * Whether a signing word stands close enough to a standalone form to govern it: within LIST_CUE_REACH; after a
 * plural form that names its subjects ("Abkommen zur…"), in its clause, past its whole list, with no other form, no
 * quotation and no clause break between; or as the verb that opens its sentence, before the first form it names,
 * however long the subject between ("وقّع …، من جهة، و…، من جهة أخرى، 13 اتفاقية").
 */
export function withinReach(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  form: LexiconMatch<unknown>,
  forms: readonly LexiconMatch<unknown>[],
): boolean {
  const before = cue.span.end <= form.span.start;
  const apart = before ? form.span.start - cue.span.end : Math.max(0, cue.span.start - form.span.end);
  if (apart <= LIST_CUE_REACH) return true;
  if (before && apart <= CLOSING_PASSIVE_REACH && opensSentence(doc, cue)) {
    if (/[;:.!?()؛"“”«»\n]/u.test(textBetween(doc, cue.span, form.span))) return false;
    return !forms.some((f) => f.span.start >= cue.span.end && f.span.end <= form.span.start);
  }
  if (before || apart > CLOSING_PASSIVE_REACH || !isPluralForm(doc, form) || !namesSubject(doc, form)) return false;
  if (/[;:.!?()؛"“”«»]/.test(textBetween(doc, form.span, cue.span))) return false;
  return !forms.some((f) => f.span.start >= form.span.end && f.span.end <= cue.span.start);
}

/** Whether a batch counted in a plural form ("four agreements were signed") comes before a place in the report. */
export function countedBefore(doc: MatchDoc, forms: readonly LexiconMatch<unknown>[], at: Span): boolean {
  return forms.some((f) => f.span.end <= at.start && isPluralForm(doc, f) && countOf(doc, f) !== undefined);
}
