/**
 * A later step acting on an instrument signed before: "the Chamber approved the treaty between the two countries,
 * signed in New York on 19 September 2022", "Napolitano ratifica l'accordo …, sottoscritto il 31 marzo 2009",
 * "подписал закон, которым ратифицирован договор …, подписанный 13 марта 2025 года". The ratification or approval is
 * the news; the signing's day its phrase gives is the instrument's background, never the report's happening. And the
 * day a later step's word holds ("approved on Tuesday the agreement signed on…") is that step's, never the signature's.
 * The words are ours (dates.json `laterSteps`, `weekdays`, `months`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { formMatches } from "./commitment-cues";
import { joinsAnotherClause } from "./clause-joins";
import { WEEKDAY_WORDS } from "./weekday-words";
import { type RoleSpan, roleDistance, roleSpans } from "./date-roles";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = datesData as unknown as {
  laterSteps: ByLang & { $comment?: unknown };
  weekdays: Record<string, unknown>;
  months: Record<string, readonly string[]>;
};
const { $comment: _c, ...LATER } = DATA.laterSteps;

/**
 * Words that may stand between a later step and the form it governs: articles, prepositions, a day ("approved on
 * Tuesday the agreement", "aprovou em 18 de janeiro de 2024 o acordo", "يصادق بموجبه على الاتفاقية"). Any other word
 * is another noun's ("After the government's approval, the agreement…": the approval is of the government's act).
 */
const FUNCTION = new Set(
  [
    ...(
      "the a an on of to by its their this that also yesterday today le la les l un une de du des d ce cet cette " +
      "aussi également hier il lo i gli uno una del dello della dei degli delle di anche ieri el los las al también " +
      "ayer este esta o os as um uma do da dos das em no na neste nesta também ontem der die das den dem des ein eine " +
      "einen am auch gestern в во также вчера على بموجبه بموجبها يوم أمس امس"
    ).split(" "),
    ...WEEKDAY_WORDS,
    ...Object.values(DATA.months).flat(),
  ].map((w) => norm(w)),
);
/** A Russian adjective's ending ("межправительственное", "торгового"): a word of the form's name, no other noun. */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ое|ее|ая|яя|ую|юю|ые|ие|ых|их|ого|его|ому|ему|ым|им|ыми|ими)$/u;
/** A later step governs a form this many words after it at most. */
const GOVERN_WORDS = 6;
/** A signing participle set off by a comma after its instrument ("…, signed in", "…, suscrito en", "…, подписанный"). */
const PARTICIPLE =
  /^(?:signed|concluded|sign[ée]\p{L}*|conclu\p{L}*|sottoscritt\p{L}*|firmat\p{L}*|siglat\p{L}*|suscrit\p{L}*|firmad\p{L}*|celebrad\p{L}*|assinad\p{L}*|unterzeichnet\p{L}*|geschlossen\p{L}*|подписанн\p{L}*|заключенн\p{L}*|заключённ\p{L}*|الموقع\p{L}*|المبرم\p{L}*)$/iu;
/** A word joining clauses ("and", "y", "и", Arabic "و…" before an article). */
const CONJUNCTION =
  /^(?:and|et|e|y|und|и|а|but|mais|ma|pero|mas|aber|но|while|mentre|mientras|enquanto|während|وال\p{L}*|و[أإاي]\p{L}*)$/iu;
/** "Between" binds an "and" this many words after it to an instrument's parties ("between Hungary and Serbia"). */
const BETWEEN_REACH = 5;
/** A signing's phrase holds its day this many characters after the signing word at most. */
const PHRASE_REACH = 70;

let lex: Lexicon<true> | undefined;
const cache = new WeakMap<MatchDoc, { steps: Span[]; forms: Span[] }>();

function wordsOf(doc: MatchDoc): { steps: Span[]; forms: Span[] } {
  let words = cache.get(doc);
  if (!words) {
    lex ??= new Lexicon(entriesOf(LATER as ByLang, true as const));
    words = {
      steps: lex.match(doc).map((m) => m.span),
      forms: formMatches(doc).map((m) => m.span),
    };
    cache.set(doc, words);
  }
  return words;
}

/** Whether a later step's word governs the form after it: only function words and a day between them. */
function governs(doc: MatchDoc, step: Span, form: Span): boolean {
  if (form.start < step.end) return false;
  const between = doc.text.slice(step.end, form.start);
  if (CLAUSE_BREAK.test(between)) return false;
  const words = norm(between)
    .split(/[\s'’]+/u)
    .filter(Boolean);
  if (words.length > GOVERN_WORDS) return false;
  // Words of the form's own name may come last ("ratified the air services agreement", "ратифицировал
  // межправительственное соглашение"); a function word after such a word opens another noun's phrase ("Dopo
  // l'approvazione del governo l'accordo…"), and so does a Russian noun ("одобрения правительства соглашение").
  let named = false;
  for (const w of words) {
    if (FUNCTION.has(w) || /^\d+$/u.test(w)) {
      if (named) return false;
    } else if (/^[а-яё]+$/u.test(w) && !RUSSIAN_ADJECTIVE.test(w)) return false;
    else named = true;
  }
  return true;
}

/** Whether a signing word tells of the form before it: in its clause, or as a participle set off by a comma. */
function signs(doc: MatchDoc, form: Span, signing: RoleSpan): boolean {
  if (signing.start < form.end) return false;
  const between = doc.text.slice(form.end, signing.start);
  // "approved the agreement on Monday and the two ministers signed it on Wednesday": another clause signs.
  if (joinsAnotherClause(between.split(/\s+/u).filter(Boolean), CONJUNCTION, BETWEEN_REACH)) return false;
  if (!CLAUSE_BREAK.test(between)) return true;
  return /[,،]\s*$/u.test(between) && PARTICIPLE.test(doc.text.slice(signing.start, signing.end));
}

/**
 * Whether the signing's day at `span` dates an instrument a later step of its sentence acts on: a ratification or
 * approval word, the form it governs, the signing word of that form, then the day in the signing's phrase.
 */
export function afterLaterStep(doc: MatchDoc, roles: readonly RoleSpan[], span: Span): boolean {
  const sentence = sentenceAt(doc, span.start);
  if (!sentence) return false;
  const signing = roles.filter((r) => r.data === "signing" && r.start >= sentence.start && r.end <= span.start).at(-1);
  if (!signing) return false;
  const phrase = doc.text.slice(signing.end, span.start);
  if (phrase.length > PHRASE_REACH || CLAUSE_BREAK.test(phrase)) return false;
  const { steps, forms } = wordsOf(doc);
  return steps.some(
    (s) =>
      s.start >= sentence.start &&
      forms.some((f) => f.end <= signing.start && governs(doc, s, f) && signs(doc, f, signing)),
  );
}

/**
 * Whether the day at `span` is a later step's ("approved on Tuesday the agreement signed on…", "The agreement signed
 * on 12 May was approved by the cabinet on Wednesday"): a later-step word in its clause stands nearer it than any
 * signing word does. Such a day dates the step, never the signature.
 */
export function laterStepDay(doc: MatchDoc, span: Span): boolean {
  type At = { start: number; end: number };
  const sentence = sentenceAt(doc, span.start);
  if (!sentence) return false;
  // A word after the day counts farther, as for a date's role.
  const distance = (w: At) => roleDistance(w, span);
  const sameClause = (w: At) =>
    !CLAUSE_BREAK.test(doc.text.slice(Math.min(w.end, span.end), Math.max(w.start, span.start)));
  const inSentence = (w: At) => w.start >= sentence.start && w.end <= sentence.end;
  const step = wordsOf(doc)
    .steps.filter((s) => inSentence(s) && sameClause(s))
    .map(distance)
    .sort((a, b) => a - b)[0];
  if (step === undefined) return false;
  const signing = roleSpans(doc)
    .filter((r) => r.data === "signing" && inSentence(r))
    .map(distance)
    .sort((a, b) => a - b)[0];
  return signing === undefined || step < signing;
}
