/**
 * The words commitments are read from (seed/lexicons/commitments.json): status cues with their modality
 * applied inside the clause ("has not been signed" is no signature, "will sign" is a plan, "vowed to consider
 * signing" a discussion), the legal forms instruments are named by, and the remark and update words that
 * make a mention no new commitment.
 */
import { perDoc } from "../match/doc-words";
import data from "../../../seed/lexicons/commitments.json";
import type { LegalForm } from "../../schemas/vocabulary";
import { entriesOf, Lexicon, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { CommitmentKind, CommitmentStatus, Span } from "../types";
import { auxiliaryAfter, awaits, deniedInList, governsFromAfar } from "./commitment-future";
import { arabicFutureBefore } from "./commitment-arabic-future";
import { exchangesOf } from "./commitment-exchange";
import { agreedOn, toldAsMeans } from "./commitment-means";
import { separablesOf } from "./commitment-separable";
import { otherSenses } from "./commitment-senses";
import { signingAhead } from "./commitment-signing-ahead";
import { signingPurpose } from "./commitment-signing-purpose";
import { signingDoneAfter } from "./commitment-done-after";
import { consequenceOfFuture } from "./commitment-consequence";
import { marksSigning } from "./commitment-date-words";
import { proceduresStatus } from "./commitment-entry-procedures";
import { ratificationAhead } from "./commitment-ratification-progress";
import { stepTaken } from "./commitment-goal-step";

type ByLang = Readonly<Record<string, readonly string[]>>;
/** A document named as such (a joint statement), a commitment of its own on its track. */
export interface Instrument {
  id: string;
  kind: CommitmentKind;
  track: string;
  title: string;
  legalForm: LegalForm;
  patterns: ByLang;
}
/** A legal form and the words that name it. */
export interface Form {
  legalForm: LegalForm;
  /** `capital`: the form counts only written with its capitals (a named Partnership, not a partnership). */
  casing?: "capital";
  /** `signing`: the form names an instrument only as what a signing word governs ("signed a statement"). */
  governed?: "signing";
  kind: CommitmentKind;
  title: string;
  patterns: ByLang;
}
export type Modality =
  | "negation"
  | "future"
  | "consider"
  | "update"
  | "remark"
  | "futureAfter"
  | "imminent"
  | "likely"
  | "heldLater"
  | "thisWeek"
  | "goal"
  | "purpose"
  | "pending"
  | "awaiting"
  | "callFor";
interface CommitmentsData {
  status: Readonly<Record<CommitmentStatus, ByLang>>;
  planned: Readonly<Record<"signed" | "in_force", ByLang>>;
  modality: Readonly<Record<Modality, ByLang>>;
  action: ByLang;
  kinds: Readonly<Record<CommitmentKind, ByLang>>;
  forms: readonly Form[];
  compounds: Readonly<Record<string, LegalForm>>;
  instruments: readonly Instrument[];
  adopted: ByLang;
  notAdopted: ByLang;
  datedSigning: ByLang;
  pendingRatification: ByLang;
  notModality: ByLang;
  initialled: ByLang;
  scopeBreak: ByLang;
  relativeOpener: ByLang;
}
// The JSON is ours (seed/lexicons); a unit test checks its statuses, kinds, forms and tracks.
export const COMMITMENTS_DATA = data as unknown as CommitmentsData;
const DATA = COMMITMENTS_DATA;

/**
 * A status word; `planned_in_force` is an entry into force announced for later; `adopted` concludes a
 * declaration (signed) and says nothing of any other instrument.
 */
export type Cue = CommitmentStatus | "planned_in_force" | "action" | "adopted";
/** Statuses that say an instrument exists: only these are checked for negation, future and consideration. */
const STRONG = new Set<Cue>(["signed", "ratified", "in_force", "planned_in_force", "adopted"]);
/** Statuses that may govern a signature word right after them. */
const WEAKER = new Set<Cue>(["agreed", "proposed", "discussed"]);
/** A weaker status word governs a signature this many words after it ("agreed on the signing"). */
const GOVERN_REACH = 3;
/** …and this many, in its clause, a signing told as the means of its aim ("discussed ways to … through the signing of"). */
const MEANS_REACH = 24;
/** A modality word counts this many words before the status word it changes, within its clause. */
const MODAL_REACH = 6;
/** A goal reaches over the aims it names first, to the end of its clause ("с целью укрепления отношений … и подписания"). */
const GOAL_REACH = 16;
/** Mixed-case abbreviations (MoU) must keep their capital: "mou" is a French word. */
function withCasing<T>(entries: LexiconEntry<T>[]): LexiconEntry<T>[] {
  return entries.map((e) => (/^[A-Z][a-z]?[A-Z]s?$/.test(e.pattern) ? { ...e, casing: "capital" } : e));
}

let lex:
  | {
      cues: Lexicon<Cue>;
      modality: Lexicon<Modality>;
      kinds: Lexicon<CommitmentKind>;
      forms: Lexicon<Form>;
      instruments: Lexicon<Instrument>;
      scopeBreaks: Lexicon<true>;
      notAdopted: Lexicon<true>;
      pendingRatification: Lexicon<true>;
      notModality: Lexicon<true>;
    }
  | undefined;

/** The cue and form words of a text, matched once however many rules ask (read-only: filter, never sort in place). */
export const cueMatches = perDoc((doc): readonly LexiconMatch<Cue>[] => commitmentLexicons().cues.match(doc));
export const formMatches = perDoc((doc): readonly LexiconMatch<Form>[] => commitmentLexicons().forms.match(doc));

/** The compiled lexicons (built once per isolate). */
export function commitmentLexicons() {
  lex ??= {
    cues: new Lexicon<Cue>([
      ...(Object.keys(DATA.status) as CommitmentStatus[]).flatMap((s) => entriesOf<Cue>(DATA.status[s], s)),
      ...entriesOf<Cue>(DATA.planned.signed, "proposed"),
      ...entriesOf<Cue>(DATA.planned.in_force, "planned_in_force"),
      ...entriesOf<Cue>(DATA.action, "action"),
      ...entriesOf<Cue>(DATA.adopted, "adopted"),
      ...entriesOf<Cue>(withoutComment(DATA.initialled), "agreed"),
      ...entriesOf<Cue>(withoutComment(DATA.datedSigning), "signed"),
    ]),
    modality: new Lexicon(
      (Object.keys(DATA.modality) as Modality[]).flatMap((m) =>
        entriesOf<Modality>(withoutComment(DATA.modality[m]), m),
      ),
    ),
    kinds: new Lexicon((Object.keys(DATA.kinds) as CommitmentKind[]).flatMap((k) => entriesOf(DATA.kinds[k], k))),
    forms: new Lexicon(
      withCasing(
        DATA.forms.flatMap((f) => entriesOf(f.patterns, f).map((e) => (f.casing ? { ...e, casing: f.casing } : e))),
      ),
    ),
    instruments: new Lexicon(DATA.instruments.flatMap((i) => entriesOf(i.patterns, i))),
    scopeBreaks: new Lexicon(entriesOf(DATA.scopeBreak, true as const)),
    notAdopted: new Lexicon(entriesOf(withoutComment(DATA.notAdopted), true as const)),
    pendingRatification: new Lexicon(entriesOf(withoutComment(DATA.pendingRatification), true as const)),
    notModality: new Lexicon(entriesOf(withoutComment(DATA.notModality), true as const)),
  };
  return lex;
}

/** A lexicon list by language without its `$comment`. */
export function withoutComment(byLang: ByLang): ByLang {
  const { $comment: _c, ...lists } = byLang as ByLang & { $comment?: unknown };
  return lists;
}

/** Initialling words: a text agreed, not signed (they are `agreed` cues that govern no signing word). */
const INITIALLED = new Set(Object.values(withoutComment(DATA.initialled)).flat());
/** A signing word this many words before an initialling phrase is that initialling ("وقع الجانبان بالأحرف الأولى"). */
const INITIALS_REACH = 2;

/** The legal form a compound word names by its ending (Luftverkehrsabkommen → agreement), if any. */
export function compoundForm(text: string): LegalForm | undefined {
  const words = norm(text).split(" ");
  const last = words[words.length - 1] ?? "";
  for (const [ending, form] of Object.entries(DATA.compounds)) {
    if (last.length > ending.length && last.endsWith(ending)) return form;
  }
  return undefined;
}

/** The form entry of a legal form (for its kind and title). */
export function formOf(legalForm: LegalForm): Form | undefined {
  return DATA.forms.find((f) => f.legalForm === legalForm);
}

/** Modality words that put a signing ahead, as the future does. */
const AHEAD: ReadonlySet<Modality> = new Set([
  "futureAfter",
  "imminent",
  "likely",
  "heldLater",
  "thisWeek",
  "goal",
  "purpose",
  "callFor",
]);

/** Whether `before` comes before `after` in its sentence, at any distance. */
function inSentenceBefore(doc: MatchDoc, before: LexiconMatch<unknown>, after: LexiconMatch<unknown>): boolean {
  const s = sentenceAt(doc, before.span.start);
  return !!s && before.span.end <= after.span.start && after.span.start < s.end;
}

function sameClause(
  doc: MatchDoc,
  before: LexiconMatch<unknown>,
  after: LexiconMatch<unknown>,
  reach = MODAL_REACH,
): boolean {
  const s = sentenceAt(doc, before.span.start);
  if (!s || after.span.start > s.end) return false;
  if (after.tokenStart - before.tokenEnd > reach || after.tokenStart < before.tokenEnd) return false;
  return !CLAUSE_BREAK.test(doc.text.slice(before.span.end, after.span.start));
}

/**
 * The status words of a text with their modality applied: a negated status word is dropped; a signature,
 * ratification or entry into force that is considered becomes "discussed", one in the future "proposed"
 * (an entry into force in the future stays a planned one). `isPast` tells a status word the text puts in the past
 * whatever its tense (an anniversary's).
 */
export function cuesOf(
  doc: MatchDoc,
  modality: readonly LexiconMatch<Modality>[],
  isPast: (cue: Span) => boolean = () => false,
): LexiconMatch<Cue>[] {
  const out: LexiconMatch<Cue>[] = [];
  const lexicons = commitmentLexicons();
  // The text's form words, read once: an exchange's, a goal's, and what a ratifying verb reaffirms.
  const forms = formMatches(doc);
  // An exchange of instruments ("exchanged two memoranda") is their signing, with its modality ("will exchange").
  const exchanges = exchangesOf(doc, () => forms).map((x): LexiconMatch<Cue> => ({ ...x, data: "signed" }));
  // "приняли участие" (took part), "اعتمد على" (relied on): the adopting verb's other senses adopt nothing.
  const notAdopted = new Set(lexicons.notAdopted.match(doc).map((m) => m.tokenStart));
  // "ratificaron su compromiso con el acuerdo", "الحكم المبرم": a status word in another of its senses.
  const inOtherSense = otherSenses(doc, forms, (a, b) => sameClause(doc, a, b));
  const matched = cueMatches(doc);
  const initials = matched.filter((c) => INITIALLED.has(c.pattern));
  const initialling = (c: LexiconMatch<Cue>) =>
    c.data === "signed" &&
    initials.some(
      (i) => i.tokenStart >= c.tokenEnd && i.tokenStart - c.tokenEnd <= INITIALS_REACH && sameClause(doc, c, i),
    );
  // "paraphiert und unterzeichnet": the signature that follows in the clause is the news.
  const signedLater = (c: LexiconMatch<Cue>) =>
    INITIALLED.has(c.pattern) && matched.some((s) => s.data === "signed" && !initialling(s) && sameClause(doc, c, s));
  // "gaben … eine gemeinsame Erklärung ab": the verb, its particle closing the clause.
  const separables = separablesOf(doc).map((x): LexiconMatch<Cue> => ({ ...x, data: x.data }));
  // A goal named before a signing puts it ahead ("the goal of the talks is the signing of…"), not one of an
  // instrument between them ("the objective of the agreement signed on Friday is…").
  const goalOfAnother = (m: LexiconMatch<Modality>, cue: LexiconMatch<Cue>) =>
    m.data === "goal" && forms.some((f) => f.span.start >= m.span.end && f.span.end <= cue.span.start);
  const all = [...matched, ...exchanges, ...separables]
    .filter(
      (c) =>
        (c.data !== "adopted" || !notAdopted.has(c.tokenEnd)) && !inOtherSense(c) && !initialling(c) && !signedLater(c),
    )
    .sort((a, b) => a.span.start - b.span.start);
  // "the ratification phase", "en cours de ratification", "the ratification is under way": a ratification still to come.
  const pending = lexicons.pendingRatification.match(doc);
  for (const cue of all) {
    if (cue.data === "ratified" && ratificationAhead(doc, cue, pending)) {
      out.push({ ...cue, data: "proposed" });
      continue;
    }
    // "completed the procedures necessary for the entry into force": the parties' ratification, not the entry;
    // unless a negation or a future governs the completion ("have not yet completed", "will complete").
    const procedures =
      cue.data === "in_force"
        ? proceduresStatus(doc, cue, (done) =>
            modality.some(
              (m) =>
                (m.data === "negation" || m.data === "future" || AHEAD.has(m.data)) &&
                sameClause(doc, m, done, MODAL_REACH),
            ),
          )
        : undefined;
    if (procedures !== undefined) {
      if (procedures) out.push({ ...cue, data: procedures });
      continue;
    }
    if (cue.data === "action") {
      out.push(cue);
      continue;
    }
    // An imminence word counts only right by the signing noun ("the imminent signing", "la firma imminente").
    // An aim told with its copula ("The aim is…, with the signing of eleven agreements") governs its whole sentence.
    const near = modality
      .filter(
        (m) =>
          (m.data === "purpose" && inSentenceBefore(doc, m, cue)) ||
          (m.data !== "imminent" &&
            m.data !== "likely" &&
            m.data !== "heldLater" &&
            m.data !== "thisWeek" &&
            m.data !== "purpose" &&
            m.data !== "callFor" &&
            sameClause(doc, m, cue, m.data === "goal" ? GOAL_REACH : MODAL_REACH) &&
            !goalOfAnother(m, cue) &&
            !(m.data === "goal" && stepTaken(doc, cue))) ||
          (governsFromAfar(doc, m, cue) && !(m.data === "callFor" && signingDoneAfter(doc, cue, all, modality))),
      )
      .map((m) => (AHEAD.has(m.data) ? "future" : m.data));
    // A negation phrase holding the status word itself ("no firmó", "не подписали") denies it too.
    const holds = (m: LexiconMatch<Modality>) =>
      m.data === "negation" && m.span.start < cue.span.start && m.span.end >= cue.span.end;
    if (near.includes("negation") || modality.some(holds) || (STRONG.has(cue.data) && deniedInList(doc, cue, modality)))
      continue;
    // A signature governed by a weaker word right before it ("agreed to sign", "discussed signing") is that weaker step.
    const governing = STRONG.has(cue.data)
      ? all.find(
          (w) =>
            WEAKER.has(w.data) &&
            !INITIALLED.has(w.pattern) &&
            ((sameClause(doc, w, cue) && cue.tokenStart - w.tokenEnd <= GOVERN_REACH) ||
              (toldAsMeans(doc, cue.tokenStart) && sameClause(doc, w, cue, MEANS_REACH))),
        )
      : undefined;
    // "will mark the anniversary of the signing": that signing happened, whatever the tense around it; the
    // instrument whose signing a report marks is one in force ("il ventesimo anniversario della firma del Trattato").
    if (cue.data === "signed" && isPast(cue.span) && marksSigning(doc, cue)) out.push({ ...cue, data: "in_force" });
    else if (STRONG.has(cue.data) && isPast(cue.span)) out.push(cue);
    else if (governing) out.push({ ...cue, data: governing.data === "discussed" ? "discussed" : "proposed" });
    // "اتفق الجانبان أمس في عمان على توقيع…": agreed on a signing, however far its verb stands in the clause.
    else if (STRONG.has(cue.data) && agreedOn(doc, cue.tokenStart, MEANS_REACH)) out.push({ ...cue, data: "proposed" });
    else if (!STRONG.has(cue.data)) out.push(cue);
    else if (near.includes("consider")) out.push({ ...cue, data: "discussed" });
    // "before it can enter into force", "en attendant l'entrée en vigueur": an entry into force still awaited.
    else if (cue.data === "in_force" && modality.some((m) => awaits(doc, m, cue)))
      out.push({ ...cue, data: "planned_in_force" });
    else if (
      near.includes("future") ||
      auxiliaryAfter(doc, cue) ||
      signingAhead(doc, cue, modality) ||
      signingPurpose(doc, cue) ||
      (cue.data === "in_force" && consequenceOfFuture(doc, cue, modality)) ||
      arabicFutureBefore(doc, cue.tokenStart, cue.span.start)
    )
      out.push({ ...cue, data: cue.data === "in_force" ? "planned_in_force" : "proposed" });
    else out.push(cue);
  }
  return out;
}

/** Whether an update word ("agreed to update the 2007 declaration") governs the subject: an old instrument revised. */
export function isRevision(doc: MatchDoc, subject: LexiconMatch<unknown>, modality: readonly LexiconMatch<Modality>[]) {
  return modality.some((m) => m.data === "update" && sameClause(doc, m, subject));
}
