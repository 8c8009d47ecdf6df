/**
 * The future a signing is told in where no future word of the lexicon stands right before it:
 * - a verb in the simple future of a Romance language, read from its accented ending ("trabajarán … para la
 *   firma", "lavoreranno alla firma", "trabalharão para a assinatura", "travailleront à la signature");
 * - a future adjective after the signing noun (`modality.futureAfter`: "la signature prochaine", "التوقيع المرتقب");
 * - an imminence word right before or right after it, in its clause (`modality.imminent`: "the imminent signing",
 *   "la firma imminente", "die baldige Unterzeichnung", "о скором подписании", "التوقيع القريب"), or a word of
 *   likelihood or plan (`modality.likely`: "la probable signature", "die wahrscheinliche Unterzeichnung", "вероятно подписание");
 * - a German future or modal auxiliary ("wird", "soll") whose participle closes the clause far after it ("Zuvor wird
 *   in Wien … eine Absichtserklärung unterzeichnet.").
 */
import { perDoc } from "../match/doc-words";
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import data from "../../../seed/lexicons/commitments.json";
import { WEEKDAY } from "./commitment-weekday";
import { isHeadingLine } from "./heading-lines";
import { RATIFICATION_NOUN, SIGNING_NOUN } from "./commitment-signing-noun";
import { asidesBetween, stepAfterFuture, withoutGermanAside } from "./commitment-future-between";

/**
 * Simple-future endings, accented as written: Spanish and Portuguese (-rá, -rán, -rão, and the Spanish stems that
 * drop their vowel: "podrán", "tendrá", "habrá"), Italian (-rà, -ranno after a future stem's e/a/i, and "potrà",
 * "avrà", "verrà") and French plural (-ront, and "pourront", "devront", "auront", "deviendront"), on a lower-case word. Proper names are capitalized
 * ("Irán", "Pará"); unaccented Spanish "-aran" is a subjunctive, not a future.
 */
const FUTURE_ENDING = /^\p{Ll}\p{L}*(?:[aeidb]rá|[aeidb]rán|[aei]rão|[aeitvr]rà|[aeitvr]ranno|[eiourvd]ront)$/u;
/**
 * A French verb in the simple future singular, unaccented ("permettra", "ouvrira", "deviendra", "participera"): a
 * noun may end the same way, so it is read only where a future is looked for (after a French signing noun or
 * weekday that opens its sentence), never over a whole text.
 */
export const FRENCH_FUTURE_SINGULAR = /^\p{Ll}{3,}(?:e|i|d|t|u|r|v)ra$/u;

/**
 * Verbs whose future keeps a present state going ("seguirá vigente", "resteront en vigueur", "rimarrà in vigore":
 * in force now), and words a French plural future ending does not make a future.
 */
const CONTINUING = /^(?:segu|sigu|contin|perman|qued|mant|rest|demeur|rimarr|rimar|fica)/u;
const NOT_FUTURE = new Set(["front", "affront", "barao", "varao"]);

/** The text of a token as written. */
export function written(doc: MatchDoc, i: number): string {
  const t = doc.tokens[i];
  if (!t) return "";
  return doc.text.slice(doc.map[t.start] ?? 0, (doc.map[t.end - 1] ?? 0) + 1);
}

/** The word at token `i`, as a future modality word read from its tense. */
export function futureAt(doc: MatchDoc, i: number): LexiconMatch<"future"> {
  const w = written(doc, i);
  const start = doc.map[doc.tokens[i]?.start ?? 0] ?? 0;
  return {
    data: "future",
    pattern: "(future tense)",
    tokenStart: i,
    tokenEnd: i + 1,
    span: { start, end: start + w.length, text: w },
    loose: false,
  };
}

/** The verbs of a text in a Romance simple future, as future modality words (read once per text, however many ask). */
export const futureTenses = perDoc((doc): readonly LexiconMatch<"future">[] => {
  const out: LexiconMatch<"future">[] = [];
  doc.tokens.forEach((t, i) => {
    const w = written(doc, i);
    if (!FUTURE_ENDING.test(w) || NOT_FUTURE.has(t.text) || CONTINUING.test(t.text)) return;
    out.push(futureAt(doc, i));
  });
  return out;
});

/** A future adjective stands this many words after the signing noun at most ("la signature prochaine d'un…"). */
const AFTER_REACH = 2;
/**
 * German auxiliaries (in matching form, without umlauts) that put a clause-final verb in the future or an
 * obligation ("wird … unterzeichnet", "müssten … unterzeichnen").
 */
const GERMAN_FUTURE = new Set(["wird", "werden", "soll", "sollen", "sollte", "sollten", "muss", "mussen", "mussten"]);
/**
 * Words of expectation or plan (in matching form, without accents) whose "that" clause they govern to its end
 * ("Es wird erwartet, dass … unterzeichnen", "Ожидается, что итогом визита станет подписание", "Se espera que …
 * firmen", "It is expected that … will sign", "On s'attend à ce que … la signature", "ويتوقع أن تشهد … توقيع").
 */
const EXPECT =
  /^(?:erwartet|geplant\p{L}*|vorgesehen|beabsichtigt|hofft|hoffen|ожидается|планируется|предполагается|предусматривается|намечено|prevu\p{L}*|attendu\p{L}*|espere\p{L}*|espera\p{L}*|preve\p{L}*|previst\p{L}*|attes[aoie]|spera\p{L}*|attend|attendons|attendent|previsao|prevision|previsione|expectation|expected|planned|hoped|hopes|و?يتوقع|و?يرتقب|و?يؤمل|المنتظر|المرتقب|المتوقع|المقرر|المزمع)$/u;
/**
 * A "that" clause opening right after the expectation word (and its clitic: "Espera-se que", or the copula after a
 * noun of it: "A previsão é de que", "la previsión es que", "the expectation is that") and running
 * on to the status word, but not past a contrast ("…, pero firmaron tres": what did happen) unless a second "that"
 * clause opens after it ("…, ma anche che sia firmato").
 */
const THAT_CLAUSE =
  /^(?:-se)?\s*,?\s*(?:(?:é|es|est|è|is|ist|era|fue|foi|was|était|war)\s*,?\s+(?:de\s+)?)?(?:dass|что|(?:à\s+ce\s+)?que|che|that|أن|بأن)\s(?:(?![^\p{L}](?:pero|mas|ma|but|mais|aber|но|however|sin embargo|لكن|ولكن)(?!\p{L})(?!\s*,?\s*(?:(?:also|anche|auch|también|também|aussi|и|ещё)\s+)?(?:dass|che|que|qu['’]|that|что|أن|بأن)(?!\p{L})))[^.;:!?\n])*$/u;

/** Whether an expectation word stands over the "that" clause a status word is in ("Es wird erwartet, dass … unterzeichnen"). */
function thatClauseOf(doc: MatchDoc, m: LexiconMatch<string>, cue: LexiconMatch<unknown>): boolean {
  // The expectation word is the phrase's last ("s'attend": "s", "attend").
  if (m.tokenEnd > cue.tokenStart || !EXPECT.test(doc.tokens[m.tokenEnd - 1]?.text ?? "")) return false;
  return THAT_CLAUSE.test(doc.text.slice(m.span.end, cue.span.start));
}

/** The words of "followed by" before a programme's next item (Arabic's, "يعقبها", are `context.schedule` words). */
const FOLLOWED = String.raw`followed\s+by|suivie?s?\s+(?:de|du|des|d')|seguit[oaie]\s+(?:da|dalla|dal|dai|dalle|dallo)|seguid[oa]s?\s+(?:de|da|do|das|dos|del|por|pela|pelo)|gefolgt\s+von|а\s+затем`;
/**
 * "followed by" right before a signing noun (an article or two between): the signing is the next item of the
 * programme the sentence's verb tells ("onde terá uma reunião com o homólogo, seguida da assinatura do acordo", "il
 * aura un entretien avec son homologue, suivi de la signature…", "will hold talks, followed by the signing of…").
 */
const FOLLOWED_BY = new RegExp(String.raw`(?:^|[^\p{L}])(?:${FOLLOWED}|после\s+чего)\s*(?:\p{L}+\s+){0,2}$`, "iu");

/** …or as the second item after it, joined by "and" ("seguido de uma reunião bilateral e da assinatura do acordo"). */
const FOLLOWED_BY_AND = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${FOLLOWED})[^.;:!?\n]{1,60}\s(?:and|et|e|y|und|и)\s+(?:\p{L}+\s+){0,2}$`,
  "iu",
);

/** Whether a signing noun "followed by" comes after a future word in its sentence, whose tense it shares. */
function followsPredicate(doc: MatchDoc, m: LexiconMatch<string>, cue: LexiconMatch<unknown>): boolean {
  if (!SIGNING_NOUN.test(cue.span.text) || m.span.end > cue.span.start) return false;
  const before = doc.text.slice(Math.max(0, cue.span.start - 80), cue.span.start);
  if (!FOLLOWED_BY.test(before) && !FOLLOWED_BY_AND.test(before)) return false;
  return !/[.;!?\n]/u.test(doc.text.slice(m.span.end, cue.span.start));
}

/** A verb of taking place reaches back over this many words to the signing noun it dates ("La signature de l'accord … aura lieu"). */
const HELD_REACH = 14;
/** …and how many words (an article, "ensuite") may stand between it and a signing noun after it. */
const HELD_BEFORE = 2;
/**
 * Words between a call and a signing noun that make the noun another thing's time ("called for calm after the
 * signing", "solicitó una reunión tras la firma").
 */
const CALL_STOP =
  /(?<!\p{L})(?:after|before|après|avant|dopo|prima|tras|después|antes|após|depois|nach|vor|после|до|بعد|قبل)(?!\p{L})/iu;
/** A ratification noun a call asks for stands this close after it (an article, an adjective: "the swift"). */
const ASKED_REACH = 2;
/** Arabic asks for a ratification with "إلى" right before it ("دعا الوزير … إلى التصديق على…"). */
const ARABIC_TO = new Set(["الى", "إلى"].map(norm));
/**
 * A call, pledge or authorisation stands this many words before the signing noun it puts ahead at most ("authorized
 * on Tuesday the signing"); farther in Arabic, whose verb comes before its subject ("تعهد الرئيسان … يوم الاثنين بتوقيع").
 */
const CALL_REACH = 4;
const CALL_REACH_VSO = 6;
const ARABIC = /\p{Script=Arabic}/u;
// The JSON is ours (seed/lexicons).
const ASK_FOR = (data as unknown as { askFor: Readonly<Record<string, readonly string[] | string>> }).askFor;
let asking: { words: Set<string>; stems: string[] } | undefined;
/** Whether a call word asks for what follows (`askFor`: "urged", "pediu"), not approves or authorises it. */
function asks(m: LexiconMatch<unknown>): boolean {
  if (!asking) {
    const all = Object.entries(ASK_FOR)
      .filter(([lang]) => !lang.startsWith("$"))
      .flatMap(([, words]) => (Array.isArray(words) ? words : []));
    asking = {
      words: new Set(all.filter((w) => !w.includes("*")).map(norm)),
      stems: all.filter((w) => w.includes("*")).map((w) => norm(w.replace(/\*/g, "")).split(" ")[0] ?? ""),
    };
  }
  const text = norm(m.span.text);
  return asking.words.has(text) || asking.stems.some((stem) => stem && text.startsWith(stem));
}

/**
 * "After" or "before" as a preposition ("بعد توقيع", "après la signature", "después de la firma"), which sets a
 * signing before or after the verb's time rather than make it its content; not the adverb ("Tendrá lugar después la
 * firma": afterwards).
 */
const BEFORE_OR_AFTER =
  /(?:^|\s)(?:بعد|قبل)(?=\s|$)|(?:^|\s)(?:after|before|après|avant|dopo|prima|nach|vor|после|до)\s+(?:the|la|le|les|l['’]|il|lo|della|del|der|die|das|dem|den|des)(?=\s|$)|(?:^|\s)(?:después|antes|após)\s+(?:de|da|do)(?=\s|$)/iu;

/** The Arabic present of witnessing ("يشهد", "تشهدان"): the body's schedule, a headline's news. */
const ARABIC_PRESENT_WITNESS = /^[وف]?[يت]شهد(?:ان)?$/u;

/** "At a time when" right after a verb of taking place, in the eight languages. */
const AT_A_TIME =
  /^\s*(?:at a time|at a moment|à un moment|alors que|numa altura|num momento|em um momento|en un momento|en momentos|in un momento|mentre|zu einer zeit|in einer zeit|в момент|в то время|في وقت|في ظل)/iu;

/**
 * A signing verb in the present, which a report may use for the day's news ("firman", "assinam") or for what the
 * coming days hold: only these forms, not a past or a participle ("unterzeichnet", "signé"), nor a form that is also
 * the noun ("la firma", the signing).
 */
export const PRESENT_SIGNING =
  /^(?:sign|signs|signent|signe|firman|suscriben|suscribe|assinam|assina|firmam|firmano|sottoscrivono|sottoscrive|unterzeichnen|unterschreiben|подписывают|подписывает|يوقع|يوقعان|توقع|توقعان)$/iu;
/** A weekday stands at most this many words from the present signing verb it dates. */
const PRESENT_WEEKDAY_REACH = 6;
/** Words that make an English "sign" after them an infinitive. */
const INFINITIVE_BEFORE = /^(?:to|will|would|can|could|must|should|may|might|shall)$/iu;
/** What ends a clause, in a report's own text. */
const CLAUSE_MARK = /[,;:.!?؛،\n()]/u;

/**
 * Whether a signing verb in the present stands in the clause of a weekday, at most PRESENT_WEEKDAY_REACH words from
 * it ("Portugal e Angola assinam esta sexta-feira…", "Am Freitag unterzeichnen beide Seiten…").
 */
export function presentSigningBy(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 120);
  const clauseBefore = before.slice(
    Math.max(...[...before.matchAll(new RegExp(CLAUSE_MARK, "gu"))].map((m) => (m.index ?? 0) + 1), 0),
  );
  const clauseAfter = after.slice(0, after.search(CLAUSE_MARK) < 0 ? after.length : after.search(CLAUSE_MARK));
  const words = (s: string) => s.match(/[\p{L}\p{M}]+/gu) ?? [];
  const near = [
    ...words(clauseBefore).slice(-PRESENT_WEEKDAY_REACH),
    ...words(clauseAfter).slice(0, PRESENT_WEEKDAY_REACH),
  ];
  // English "sign" after "to" or a modal is an infinitive ("met on Thursday to sign…"), no present.
  return near.some((w, i) => PRESENT_SIGNING.test(w) && !INFINITIVE_BEFORE.test(near[i - 1] ?? ""));
}

/** "This week" stands at most this many words from the present signing verb it dates. */
const THIS_WEEK_REACH = 6;

/**
 * Whether "this week" dates a signing verb in the present in its clause ("assinam durante esta semana acordos",
 * "signent cette semaine trois accords"): a signing that the week still holds, as a programme tells it. With a past
 * ("signed this week") the week is the news's.
 */
function presentThisWeek(doc: MatchDoc, m: LexiconMatch<string>, cue: LexiconMatch<unknown>): boolean {
  if (!PRESENT_SIGNING.test(cue.span.text)) return false;
  const [a, b] = m.span.start >= cue.span.end ? [cue, m] : [m, cue];
  const gap = b.tokenStart - a.tokenEnd;
  return gap >= 0 && gap <= THIS_WEEK_REACH && !CLAUSE_BREAK.test(doc.text.slice(a.span.end, b.span.start));
}

/** What ends a clause. */
const CLAUSE_END = /^\s*(?:(?:werden|worden|sein|können|müssen)\s*)?(?:[,;:.!?\n)]|$)/u;
/**
 * Whether a modality word after its status word, an imminence word right by it, or a German auxiliary far before
 * its clause-final participle, governs it (the lexicon's words otherwise stand right before the status word).
 */
export function governsFromAfar(doc: MatchDoc, m: LexiconMatch<string>, cue: LexiconMatch<unknown>): boolean {
  if (m.data === "imminent" || m.data === "likely") {
    const joined = (from: number, to: number) => from <= to && !CLAUSE_BREAK.test(doc.text.slice(from, to));
    return (
      (m.tokenEnd === cue.tokenStart && joined(m.span.end, cue.span.start)) ||
      (m.tokenStart === cue.tokenEnd && joined(cue.span.end, m.span.start))
    );
  }
  if (m.data === "heldLater") {
    if (!SIGNING_NOUN.test(cue.span.text)) return false;
    // An Arabic present in a headline tells the day's news ("الرئيسان يشهدان توقيع 5 اتفاقيات"), as a headline's
    // present does.
    const sentence = sentenceAt(doc, m.span.start);
    if (ARABIC_PRESENT_WITNESS.test(m.span.text) && sentence && isHeadingLine(doc, sentence)) return false;
    // "The signing takes place at a time when…": a comment on a signing, not its schedule.
    if (AT_A_TIME.test(doc.text.slice(m.span.end, m.span.end + 40))) return false;
    // …or right before it, the verb first ("состоится подписание", "aura lieu la signature", "findet die
    // Unterzeichnung … statt").
    const before = cue.tokenStart - m.tokenEnd;
    const between = doc.text.slice(m.span.end, cue.span.start);
    // "ستشهد بعد توقيع…" (will see, after the signing…): a signing before the verb's time, not its content.
    if (before >= 0 && before <= HELD_BEFORE && !CLAUSE_BREAK.test(between) && !BEFORE_OR_AFTER.test(between))
      return true;
    const gap = m.tokenStart - cue.tokenEnd;
    return gap >= 0 && gap <= HELD_REACH && !CLAUSE_BREAK.test(doc.text.slice(cue.span.end, m.span.start));
  }
  // "called for the signing of", "autorizó la firma de", "تعهد … بتوقيع": a signing noun only, its clause's.
  // …or a ratification noun ("called for the swift ratification of", "a appelé à la ratification rapide de"): the
  // instrument awaits it.
  if (m.data === "callFor") {
    const gap = cue.tokenStart - m.tokenEnd;
    const between = doc.text.slice(m.span.end, cue.span.start);
    if (gap < 0 || CLAUSE_BREAK.test(between) || CALL_STOP.test(between)) return false;
    const arabic = ARABIC.test(cue.span.text);
    if (SIGNING_NOUN.test(cue.span.text)) return gap <= (arabic ? CALL_REACH_VSO : CALL_REACH);
    // "urged the swift ratification of": only a word of asking, the noun its object.
    if (!RATIFICATION_NOUN.test(cue.span.text) || !asks(m)) return false;
    return arabic
      ? gap <= CALL_REACH_VSO && ARABIC_TO.has(doc.tokens[cue.tokenStart - 1]?.text ?? "")
      : gap <= ASKED_REACH;
  }
  if (m.data === "thisWeek") return presentThisWeek(doc, m, cue);
  if (m.data === "futureAfter") {
    const gap = m.tokenStart - cue.tokenEnd;
    return gap >= 0 && gap <= AFTER_REACH && !CLAUSE_BREAK.test(doc.text.slice(cue.span.end, m.span.start));
  }
  if (m.data === "future" && thatClauseOf(doc, m, cue)) return true;
  if (m.data === "future" && followsPredicate(doc, m, cue)) return true;
  if (m.data === "future" && asidesBetween(doc, m, cue)) return true;
  if (m.data === "future" && stepAfterFuture(doc, m, cue)) return true;
  if (m.data !== "future" || !GERMAN_FUTURE.has(doc.tokens[m.tokenStart]?.text ?? "")) return false;
  if (m.tokenEnd > cue.tokenStart || !CLAUSE_END.test(doc.text.slice(cue.span.end))) return false;
  return !CLAUSE_BREAK.test(withoutGermanAside(doc.text.slice(m.span.end, cue.span.start)));
}

/**
 * A German auxiliary of the future or of the conditional, or a modal verb of wish or need, closing the clause right
 * after a participle or an infinitive ("dass eine Reihe von Abkommen unterzeichnet würde", "das am Freitag
 * unterzeichnet werden soll", "dass Polen ein Abkommen unterzeichnen möchte"): the signing is still ahead.
 * Read on the original text, whose umlauts tell "würde" (would) from "wurde" (was).
 */
const AUXILIARY_AFTER =
  /^\s+(?:würden?|werden?|wird|sollen?|solle|sollten?|könnten?|dürften?|möchten?|wollen|will|wollten?|müssen|muss|müssten)(?:\s+(?:sollen?|solle|sollten?|können|könnten|müssen))?(?=\s*(?:[,;:.!?\n)]|$))/u;

export function auxiliaryAfter(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  return AUXILIARY_AFTER.test(doc.text.slice(cue.span.end, cue.span.end + 40));
}

/** An entry into force told in a past tense ("entered into force", "est entré en vigueur", "trat in Kraft", "دخلت"). */
const DONE =
  /(?:^|\s)(?:entered|came|took|went|entr[ée]e?s?|entrat[oaie]|entró|entrou|trat|getreten|вступил[аио]?|دخلت?)(?:\s|$)/iu;
/** Characters after an entry into force where its own day stands. */
const DAY_AFTER = 24;
/** A word of waiting ("before", "pending", "awaiting") counts this many words before an entry into force at most. */
const PENDING_REACH = 3;

/** Words that may stand between a word of waiting and the entry into force it awaits ("before it can enter…"). */
const PENDING_LINKS = new Set(
  "it its can could may the to being d de l la le son sa leur entrer del della dell su sua seu entrar entrare da do dem der die das ihrem seinem его её ее их دخولها دخوله دخول".split(
    " ",
  ),
);

/**
 * Whether a word of time or of waiting (`pending`, `awaiting`) stands right before an entry into force, only
 * PENDING_LINKS between ("until 2030" is no wait).
 */
export function awaits(doc: MatchDoc, m: LexiconMatch<unknown>, cue: LexiconMatch<unknown>): boolean {
  if (m.data !== "pending" && m.data !== "awaiting") return false;
  // "Before it entered into force on Tuesday, the agreement had been ratified": an entry into force told done.
  if (DONE.test(cue.span.text)) return false;
  // …or dated ("Antes de su entrada en vigor el martes", "До вступления в силу во вторник"): a day, not a wait.
  const after = doc.text.slice(cue.span.end, cue.span.end + DAY_AFTER).split(/[,;:.،]/u)[0] ?? "";
  if (/\d/u.test(after) || WEEKDAY.test(after)) return false;
  const between = doc.tokens.slice(m.tokenEnd, cue.tokenStart).map((t) => t.text.toLowerCase());
  return cue.tokenStart >= m.tokenEnd && between.length <= PENDING_REACH && between.every((w) => PENDING_LINKS.has(w));
}

/** A correlative negation right after a verb of a denied list ("no firmó, aprobó ni acompañó", "did not sign, adopt nor"). */
const CORRELATIVE = /^\s*(?:ni|nor|né|nem|noch|ни)\s/iu;

/**
 * Whether a status word is one of a list of verbs a negation earlier in its sentence governs: a correlative negation
 * follows it ("no firmó, aprobó ni acompañó la declaración").
 */
export function deniedInList(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  modality: readonly LexiconMatch<string>[],
): boolean {
  if (!CORRELATIVE.test(doc.text.slice(cue.span.end, cue.span.end + 8))) return false;
  const s = sentenceAt(doc, cue.span.start);
  return !!s && modality.some((m) => m.data === "negation" && m.span.start >= s.start && m.span.end <= cue.span.start);
}
