/**
 * Status words that read firm but tell a plan or an older step, in the eight languages:
 * - a signing told by a noun whose predicate, after it, plans it ("Die Unterzeichnung des Abkommens ist für das
 *   kommende Jahr geplant", "Подписание соглашения запланировано на визит"): proposed, not signed;
 * - an Arabic entry into force whose verb carries the future prefix, its subject between ("وستدخل الاتفاقية …
 *   حيز التنفيذ"): planned, not in force;
 * - a signing participle describing the instrument a ratification governs ("a ratifié l'accord … signé à Paris en
 *   2023", "aprovou a ratificação do acordo … assinado em 2025"): the ratification is the news, not a signature;
 * - a German signing infinitive closing its clause after a modal or future verb, however far ("Beide Seiten wollen
 *   ein Abkommen über … unterzeichnen", "soll … unterzeichnet werden"), or a signing noun in such a clause ("werde
 *   für die Unterzeichnung … reisen"): proposed, not signed;
 * - a signing told as a condition ("Once signed, the agreement will…", "Sobald das Abkommen … unterzeichnet ist") or
 *   as what talks opened the way to ("paved the way for the signing of…", "مهدت الطريق لتوقيع"): proposed;
 * - "concluded" said of negotiations ("ont conclu les négociations sur un accord"): the text agreed, not signed.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { Cue } from "./commitment-cues";
import type { DateHit } from "../types";
import { headlineAhead, NOMINAL, presentUndated, scheduled } from "./commitment-schedule";
import { FIRM_STATUSES } from "../plan/ranks";
import { futureVerbSpans } from "./date-cues";
import { futureTenses } from "./commitment-future";
import { GERMAN_VERBS } from "./commitment-clause-words";
import { conditionalNoun, possibleNoun } from "./commitment-conditional";
import { datelineOfDoc } from "./dateline";

/**
 * A predicate that plans what its subject names (planned, scheduled, prévue, prevista, geplant, запланировано…), or
 * puts it off (postponed, reportée, rinviata, aplazada, adiada, verschiebt sich, отложено).
 */
const PLAN_WORD =
  /^(planned|scheduled|envisaged|foreseen|postponed|delayed|deferred|report[ée]e?s?|ajourn[ée]e?s?|rinviat[aoie]|posticipat[aoie]|aplazad[ao]s?|pospuest[ao]s?|postergad[ao]s?|adiad[ao]s?|verschoben|verschiebt|vertagt|отложен\p{L}*|перенесен\p{L}*|перенесён\p{L}*|pr[ée]vue?s?|programm[ée]e?s?|envisag[ée]e?s?|previst[aoie]s?|programmat[aoie]|programad[ao]s?|planead[ao]s?|planejad[ao]s?|agendad[ao]s?|geplant|vorgesehen|angesetzt|запланирован\p{L}*|планиру\p{L}*|намечен\p{L}*|предусмотрен\p{L}*|مقرر|المقرر|مرتقب|المرتقب)$/iu;
/**
 * A future of "follow" before a signing noun puts it after the happening reported ("seguirà lo scambio", "will be
 * followed by the signing", "sera suivi de la signature", "seguirá la firma", "seguir-se-á a assinatura",
 * "последует подписание", "سيليه التوقيع"), matched on the words before the noun joined by spaces.
 */
const FOLLOWS =
  /(?:^| )(?:seguir[àa]|seguiranno|seguir[áa]n?|seguir se [áa]o?|seguir[ãa]o|suivra|suivront|(?:will|shall) (?:be )?follow(?:ed)?|ser(?:a|ont) suivie?s?|folgen wird|последует|последуют|سيليه|سيليها|ستليه|ستليها|سيعقبه|سيعقبها)(?: |$)/iu;
/** An exchange of instruments is a signing noun too ("lo scambio di dieci intese", "l'échange des instruments"). */
const EXCHANGE = /^(?:scambio?|exchange|[ée]change|intercambio|troca|austausch|обмен)(?: |$)/iu;
/** How many words before a signing noun its "follow" verb may come (a preposition and an article between). */
const FOLLOW_REACH = 5;
/**
 * A participle joining a signing noun to an event before it ("followed by", "suivie de", "seguida de", "seguito da",
 * "gefolgt von"), in matching form, ending right before the signing noun (an article at most between).
 */
const FOLLOWED_BY =
  /(?:^| )(?:(?:followed|preceded) by(?: the)?|(?:suivie?|precedee?)s? (?:de|d)(?: la| l)?|(?:seguid|precedid|antecedid)[ao]s? (?:de|por)(?: la| a| el| o)?|(?:seguit|precedut)[ao] da(?:lla)?|gefolgt von(?: der)?)(?: (?:a|an|une|uma|um|una|un|eine[rnm]?) (?:signing )?(?:ceremony|ceremonie|cerimonia|ceremonia|zeremonie)(?: (?:for|of|de|d|da|di|del|della|zur|der))?(?: (?:the|la|l|a|o|el|os|as|los|las|des|dos|das))?)?$/iu;
/** How many words before a signing noun such a participle may end ("preceded by a ceremony for the signing"). */
const FOLLOWED_REACH = 8;
/** How many words after a signing noun its planning predicate may come. */
const PLAN_REACH = 14;
/** An Arabic verb of taking effect with the future prefix, a conjunction before it (وستدخل، فسيصبح، سيسري). */
const ARABIC_FUTURE_ENTRY = /^[وف]?س[يت](دخل|صبح|بدأ|سري|نفذ)/u;
/** How many words before an entry into force its future verb may come. */
const ENTRY_REACH = 16;
/** A signing participle (not a finite verb): signé, firmato, firmado, assinado, unterzeichnete, подписанное, الموقعة. */
const PARTICIPLE =
  /^(sign[ée]e?s?|conclue?s?|firmat[oaie]|sottoscritt[oaie]|firmad[oa]s?|suscrit[oa]s?|assinad[oa]s?|unterzeichnete[nms]?|подписанн\p{L}*|заключенн\p{L}*|заключённ\p{L}*|الموقع\p{L}*|الموقّع\p{L}*)$/iu;
/** How many words after a ratification a participle of its instrument may come. */
const PARTICIPLE_REACH = 16;
/** "Once" right before a signing word ("Once signed", "Une fois signé", "Как только подписано", "بمجرد توقيع"). */
/** The Latin-script words for "once" (as read in normalized and in raw text alike). */
const ONCE_WORDS = "once|une fois|una volta|una vez|uma vez";
const ONCE = new RegExp(`(?:^| )(?:${ONCE_WORDS}|как только|[وف]?بمجرد|[وف]?فور)(?: \\S+){0,2}$`, "u");
/** The way opened to a signing ("paved the way for the", "ont ouvert la voie à la", "ebneten den Weg für die"). */
const WAY_FOR =
  /(?:^| )(?:pave[sd]? the way (?:for|to)|paving the way (?:for|to)|ouvr\S* la voie a|ouvert la voie a|apr\S* la strada (?:a|alla|all)|aperto la strada (?:a|alla|all)|spian\S* la strada (?:a|alla|all)|allan\S* el camino (?:para|a)|abr\S* (?:o )?caminho (?:para|a)|ebne\S* den weg (?:fur|zur|zu)|открыл\S* путь к|открыва\S* путь к|проложил\S* путь к|[وف]?[يت]?مهد\S*(?: \S+)? الطريق)(?: \S+){0,2}$/u;
/** "Conclude", a word for signing an instrument, and the negotiations it may conclude instead (matching forms). */
const CONCLUDE = /(?:^|\s)conclu/u;
const NEGOTIATIONS =
  /^(?:negotiations?|talks|negociations|pourparlers|negoziati|negoziato|trattative|negociaciones|negociacoes|conversaciones|conversacoes)$/u;
/** How many words after "concluded" its negotiations may stand. */
const NEGOTIATIONS_REACH = 5;
/** A passive auxiliary right before "concluded" (matching form). */
const PASSIVE = /^(?:were|was|been|ete|sono|stati|state|fueron|fue|foram|foi|sido)$/u;
/** How many words before a signing word "once" or an opened way may come. */
const PROSPECT_REACH = 7;
/** A German signing word: "sobald" (once) earlier in its clause makes it a condition. */
const GERMAN_ONCE = /^sobald$/u;
/**
 * Whether a sentence holds a day that is past (not to come, not after publication, not the dateline's day of filing):
 * it dates a signing told "once signed" as done.
 */
export function pastDayOf(
  dates: readonly DateHit[],
  publishedOn: string | undefined,
  dateline?: { start: number; end: number },
): (sentence: { start: number; end: number }) => boolean {
  return (s) =>
    dates.some(
      (d) =>
        !!d.span &&
        d.span.start >= s.start &&
        d.span.end <= s.end &&
        !(dateline && d.span.start >= dateline.start && d.span.end <= dateline.end) &&
        !d.future &&
        (publishedOn === undefined || d.date <= publishedOn),
    );
}

/** The cues with the three readings above applied: planned signings, future entries into force, dropped participles. */
export function plannedOrEarlier<T extends LexiconMatch<Cue>>(
  doc: MatchDoc,
  cues: T[],
  pastDayIn: (sentence: { start: number; end: number }) => boolean = () => false,
): T[] {
  const out: T[] = [];
  for (const c of cues) {
    const s = sentenceAt(doc, c.span.start);
    if (!s) {
      out.push(c);
      continue;
    }
    const words = (from: number, to: number) =>
      doc.tokens
        .slice(Math.max(0, from), to)
        .filter((t) => (doc.map[t.start] ?? -1) >= s.start && (doc.map[t.end] ?? Infinity) <= s.end);
    if (
      FIRM_STATUSES.has(c.data) &&
      NOMINAL.test(c.span.text) &&
      (plannedAfter(doc, c, words(c.tokenEnd, c.tokenEnd + PLAN_REACH)) ||
        (conditionalNoun(doc, c, s) && !pastDayIn(s)))
    ) {
      out.push({ ...c, data: "proposed" });
      continue;
    }
    const hypothesis = FIRM_STATUSES.has(c.data) && NOMINAL.test(c.span.text) ? possibleNoun(doc, c, s) : undefined;
    if (hypothesis && !pastDayIn(s)) {
      out.push({ ...c, data: hypothesis });
      continue;
    }
    if (
      FIRM_STATUSES.has(c.data) &&
      (NOMINAL.test(c.span.text) || EXCHANGE.test(c.span.text)) &&
      FOLLOWS.test(
        words(c.tokenStart - FOLLOW_REACH, c.tokenStart)
          .map((t) => t.text)
          .join(" "),
      )
    ) {
      out.push({ ...c, data: "proposed" });
      continue;
    }
    // "will hold a press conference followed by the signing of…": the participle joins the signing to what is to come.
    if (
      FIRM_STATUSES.has(c.data) &&
      NOMINAL.test(c.span.text) &&
      FOLLOWED_BY.test(
        words(c.tokenStart - FOLLOWED_REACH, c.tokenStart)
          .map((t) => t.text)
          .join(" "),
      ) &&
      // …the future in the participle's own clause ("Leaders will meet Friday; the summit was preceded by…" is done).
      futureVerbSpans(doc).some(
        (v) => v.start >= s.start && v.end <= c.span.start && !/[;:]/.test(doc.text.slice(v.end, c.span.start)),
      )
    ) {
      out.push({ ...c, data: "proposed" });
      continue;
    }
    if (c.data === "in_force" && words(c.tokenStart - ENTRY_REACH, c.tokenStart).some((t) => isArabicFuture(t.text))) {
      out.push({ ...c, data: "planned_in_force" });
      continue;
    }
    if (c.data === "signed" && PARTICIPLE.test(c.span.text) && ratifiedBefore(doc, cues, c)) continue;
    const before = words(c.tokenStart - PROSPECT_REACH, c.tokenStart)
      .map((t) => t.text)
      .join(" ");
    // "Once signed" in a sentence dated to a day past ("Una vez firmados el jueves los seis acuerdos, …") tells a
    // signing done, not a condition.
    // …and so does one set after its main clause in a sentence with no future ("Sánchez habló …, una vez firmada una
    // veintena de acuerdos"): the circumstance of what the main clause tells, done.
    const once = (ONCE.test(before) && !afterMainClause(doc, s, c)) || clauseHas(doc, c, s.start, GERMAN_ONCE);
    if (FIRM_STATUSES.has(c.data) && ((once && !pastDayIn(s)) || WAY_FOR.test(before))) {
      out.push({ ...c, data: "proposed" });
      continue;
    }
    // …after it ("concluded on Friday the negotiations"), or before a passive ("Negotiations on … were concluded").
    const after = words(c.tokenEnd, c.tokenEnd + NEGOTIATIONS_REACH);
    const passive =
      PASSIVE.test(doc.tokens[c.tokenStart - 1]?.text ?? "") && clauseHas(doc, c, s.start, NEGOTIATIONS, true);
    if (
      c.data === "signed" &&
      CONCLUDE.test(norm(c.span.text)) &&
      (passive || after.some((t) => NEGOTIATIONS.test(t.text)))
    ) {
      out.push({ ...c, data: "agreed" });
      continue;
    }
    if (FIRM_STATUSES.has(c.data) && germanModalGoverns(doc, c, s.start)) {
      out.push({ ...c, data: "proposed" });
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Whether a German signing infinitive ("unterzeichnen", or "unterzeichnet werden") closes a clause whose modal or
 * future verb comes before it, however many words between (German puts the infinitive last).
 */
function germanModalGoverns(doc: MatchDoc, c: LexiconMatch<Cue>, sentenceStart: number): boolean {
  const last = doc.tokens[c.tokenEnd - 1]?.text ?? "";
  const infinitive =
    GERMAN_VERBS.infinitive.has(last) ||
    (GERMAN_VERBS.passive.has(last) && doc.tokens[c.tokenEnd]?.text === "werden") ||
    // …and a signing noun inside such a clause ("Rice werde für die Unterzeichnung des Vertrags nach Prag reisen").
    GERMAN_VERBS.noun.has(last);
  return infinitive && clauseHas(doc, c, sentenceStart, { test: (w) => GERMAN_VERBS.modal.has(w) });
}

/**
 * Whether a word of its clause before a cue matches, however far (no clause break between). With `incise`, one
 * clause set off by two commas may stand between, INCISE_WORDS long at most ("The negotiations on the agreement,
 * launched in 2011, were concluded in May").
 */
function clauseHas(
  doc: MatchDoc,
  c: LexiconMatch<Cue>,
  sentenceStart: number,
  word: { test(w: string): boolean },
  incise = false,
): boolean {
  let commas = 0;
  let from = c.span.start;
  let since = 0;
  for (let i = c.tokenStart - 1; i >= 0; i--) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.end] ?? -1) : -1;
    if (!t || at < sentenceStart) return false;
    const gap = doc.text.slice(at, from);
    since++;
    if (/[;:.!?()]/.test(gap)) return false;
    const found = (gap.match(/,/g) ?? []).length;
    if (found > 0) {
      // The incise's second comma must come soon enough after its first.
      if (!incise || commas + found > 2 || (commas === 1 && since > INCISE_WORDS)) return false;
      commas += found;
      since = 0;
    }
    from = doc.map[t.start] ?? at;
    if (word.test(t.text) && commas !== 1) return true;
  }
  return false;
}

/** Words at most in a clause set off by commas between a subject and its verb. */
const INCISE_WORDS = 12;

/** Whether a planning word comes among these words, in the noun's clause (no comma or semicolon between). */
function plannedAfter(doc: MatchDoc, c: LexiconMatch<Cue>, words: readonly { text: string; start: number }[]) {
  const w = words.find((t) => PLAN_WORD.test(t.text));
  // Token offsets are the matching form's: the original text between is read through the offset map.
  return !!w && !/[,;:،؛()]/.test(doc.text.slice(c.span.end, doc.map[w.start] ?? c.span.end));
}

function isArabicFuture(word: string): boolean {
  return ARABIC_FUTURE_ENTRY.test(word);
}

/** Whether a ratification in the same sentence comes shortly before this participle. */
function ratifiedBefore(doc: MatchDoc, cues: readonly LexiconMatch<Cue>[], c: LexiconMatch<Cue>): boolean {
  const s = sentenceAt(doc, c.span.start);
  return cues.some(
    (r) =>
      r.data === "ratified" &&
      r.tokenEnd <= c.tokenStart &&
      c.tokenStart - r.tokenEnd <= PARTICIPLE_REACH &&
      !!s &&
      r.span.start >= s.start,
  );
}

/** A "once" phrase right after a comma, before the signing word it governs. */
const ONCE_AFTER_COMMA = new RegExp(`,\\s*(?:${ONCE_WORDS})\\s+(?:\\S+\\s+){0,2}$`, "iu");
/** Words at least before the comma that closes a main clause ahead of a "once" phrase. */
const MAIN_CLAUSE_WORDS = 3;

/**
 * Whether a "once" phrase governing a signing word stands after its sentence's main clause, past a comma, in a
 * sentence with no future ("Sánchez habló …, una vez firmados veinte acuerdos"): a past circumstance, not a condition
 * ("The agreement will take effect once signed" has a future; "Once signed, the agreement…" opens its sentence).
 */
function afterMainClause(doc: MatchDoc, s: { start: number; end: number }, c: LexiconMatch<Cue>): boolean {
  const head = doc.text.slice(s.start, c.span.start);
  const m = ONCE_AFTER_COMMA.exec(head);
  if (!m) return false;
  const main = head.slice(0, m.index).split(/\s+/).filter(Boolean);
  if (main.length < MAIN_CLAUSE_WORDS) return false;
  const inSentence = (v: { start: number; end: number }) => v.start >= s.start && v.end <= s.end;
  return !futureVerbSpans(doc).some(inSentence) && !futureTenses(doc).some((f) => inSentence(f.span));
}

/**
 * A report's status words read in their context, in order: a day's programme or a meeting's agenda that lists them
 * (scheduled), a plan or an earlier time in their sentence (plannedOrEarlier), a present dated by a weekday in an
 * undated report (presentUndated), and a headline's present over a body that only plans (headlineAhead).
 */
export function cuesInContext<T extends LexiconMatch<Cue>>(
  doc: MatchDoc,
  cues: T[],
  dates: readonly DateHit[],
  publishedOn: string | undefined,
): T[] {
  const planned = plannedOrEarlier(doc, scheduled(doc, cues), pastDayOf(dates, publishedOn, datelineOfDoc(doc)));
  return headlineAhead(doc, presentUndated(doc, planned, publishedOn));
}
