/**
 * How one subject of a sentence is read: the status word that governs it (an entry into force first, then the
 * nearest word before it, else after it, never across another subject or a scope break), the legal form named
 * by it, its quote and title, and whether an old year marks it as an older instrument.
 */
import type { LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, type Sentence, sentenceAt } from "../match/normalize";
import type { CommitmentStatus, Span } from "../types";
import { COMMITMENTS_DATA, type Cue, compoundForm, type Form, formOf, formMatches } from "./commitment-cues";
import { WEEKDAY } from "./commitment-weekday";
import { RELATIVE_OF } from "./commitment-clause-words";
import { wordSet } from "./commitment-plurals";
import { STATUS_RANK } from "../plan/ranks";
import { separated as isSeparated } from "./commitment-dates";
import { distance, type Subject } from "./commitment-standalone";
import { namesAsSubject } from "./commitment-lists";
import { countOf, isPluralForm } from "./commitment-plural";
import { objectAfter } from "./commitment-object";
import { relativeHolder } from "./commitment-relative-form";
import { isMonthName } from "./commitment-day-words";

/** A kind or legal-form word counts when this close (characters) to the track. */
export const KIND_REACH = 60;
/** An entry-into-force phrase counts for a subject this close (characters). */
const IN_FORCE_REACH = 160;
/** Quotes are cut to this many characters around the track. */
const MAX_QUOTE = 320;
/** An instrument named with a year before the report's ("the 2007 declaration") is an old one, this close (words). */
const OLD_YEAR_REACH = 2;

type ByLang = Readonly<Record<string, readonly string[]>>;
let auxiliaries: Set<string> | undefined;

/** Whether an auxiliary stands right before a status word: the finite verb of its clause ("was discussed"). */
function finite(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const { $comment: _c, ...byLang } = (COMMITMENTS_DATA as unknown as { auxiliaries: ByLang }).auxiliaries;
  auxiliaries ??= wordSet(byLang);
  const set = auxiliaries;
  const before = doc.tokens[cue.tokenStart - 1]?.text;
  return before !== undefined && arabicVariants(before).some((w) => set.has(w));
}

/** A status word once `adopted` has been read for its subject. */
type OwnCue = Exclude<Cue, "adopted">;

interface Found {
  status: CommitmentStatus | "planned_in_force";
  cue?: LexiconMatch<OwnCue>;
  sure: boolean;
  /** Whether the status word comes after the subject. */
  after: boolean;
}

/** A status word this close after a subject (characters: "memoranda of understanding (MoUs) were signed") is its verb. */
const OWN_VERB_REACH = 30;

/**
 * The status of a subject from the cue words of its sentence, and how sure that is. A cue after the
 * subject counts only when no other subject stands between, an entry into force only when no other instrument
 * does (`instruments`, form words included: "memoranda and addenda to the agreements in force").
 */
export function statusOf(
  subject: Span,
  cues: LexiconMatch<OwnCue>[],
  others: readonly Span[],
  instruments: readonly Span[] = others,
  doc?: MatchDoc,
): Found | undefined {
  const separated = (c: Span) => {
    const lo = Math.min(c.end, subject.end);
    const hi = Math.max(c.start, subject.start);
    return others.some((o) => o.start >= lo && o.end <= hi);
  };
  const real = cues.filter((c) => c.data !== "action");
  const rank = (c: OwnCue) => (c === "planned_in_force" ? STATUS_RANK.signed : c === "action" ? -1 : STATUS_RANK[c]);
  // An entry into force wins over "signed" (a later step of the same life), not over a weaker word closer by.
  const weakerBetween = (c: Span) => {
    const lo = Math.min(c.end, subject.end);
    const hi = Math.max(c.start, subject.start);
    return real.some((o) => o.span.start >= lo && o.span.end <= hi && rank(o.data) < STATUS_RANK.signed);
  };
  const inForce = real.find(
    (c) =>
      (c.data === "in_force" || c.data === "planned_in_force") &&
      !isSeparated(c.span, subject, instruments) &&
      !weakerBetween(c.span) &&
      distance(c.span, subject) <= IN_FORCE_REACH,
  );
  if (inForce && inForce.data !== "action")
    return { status: inForce.data, cue: inForce, sure: true, after: inForce.span.start >= subject.end };
  const before = real.filter((c) => c.span.end <= subject.start).sort((a, b) => b.span.end - a.span.end)[0];
  const following = real
    .filter(
      (c) =>
        c.span.start >= subject.end && !separated(c.span) && !(doc && objectAfter(doc, c.span, subject, instruments)),
    )
    .sort((a, b) => a.span.start - b.span.start);
  let after = following[0];
  // A weaker word after the instrument with no auxiliary before it describes it ("accords engageant les deux
  // gouvernements", "agreements concerning possible cooperation"): a signing verb later in its clause governs it.
  if (after && doc && rank(after.data) < STATUS_RANK.signed && !finite(doc, after)) {
    const firm = following.find(
      (c) => rank(c.data) >= STATUS_RANK.signed && !isSeparated(c.span, subject, instruments),
    );
    if (firm) after = firm;
  }
  // A status word before the subject that another subject stands between ("the agreements, which were signed in
  // Nairobi, covered trade, whilst five memoranda were signed on…") gives way to its own verb right after it.
  const own = after && distance(after.span, subject) <= OWN_VERB_REACH ? after : undefined;
  // …and so does one whose subject is an item joined after the first object of the word before, with a verb of its
  // own ("signed three agreements, and a memorandum will be signed next month", "firmaron tres acuerdos y un
  // memorando se firmará…"): the item opens a clause of its own.
  const ownClause = !!before && !!own && !!doc && opensClause(doc, before.span, subject, own, instruments);
  const chosen = before && own && (separated(before.span) || ownClause) ? own : (before ?? after);
  if (chosen && chosen.data !== "action")
    return { status: chosen.data, cue: chosen, sure: true, after: chosen === after && chosen !== before };
  const action = cues.find((c) => c.data === "action");
  return action ? { status: "agreed", cue: action, sure: false, after: action.span.start >= subject.end } : undefined;
}

/**
 * Whether an instrument after the first object of a status word starts a clause of its own: another instrument
 * stands between the word and it, and its own verb right after it tells a step still ahead ("will be signed", "se
 * firmará", "is expected to be signed") or is a finite verb short of a signature ("was discussed"). A relative word
 * between ("a memorandum, which was agreed last year", "dont la signature était prévue") tells of the item, and a
 * bare participle ("a memorandum long discussed") is no verb of its own: the first word still signs it.
 */
function opensClause(
  doc: MatchDoc,
  before: Span,
  subject: Span,
  own: LexiconMatch<OwnCue>,
  instruments: readonly Span[],
): boolean {
  if (!instruments.some((i) => i.start >= before.end && i.end <= subject.start)) return false;
  if (own.data === "action" || own.data === "planned_in_force" || STATUS_RANK[own.data] >= STATUS_RANK.signed)
    return false;
  const between = doc.text
    .slice(subject.end, own.span.start)
    .toLowerCase()
    .split(/[\s,;:()]+/u);
  if (between.some((w) => RELATIVE_OF.has(w))) return false;
  return own.data === "proposed" || finite(doc, own);
}

/** Status words proper (no action verbs). */
export const realCues = (cues: readonly LexiconMatch<Cue>[]) => cues.filter((c) => c.data !== "action");

/** Legal forms an `adopted` word concludes: a joint statement is adopted where an agreement is signed (a summit
 * declaration adopted by many leaders is no instrument of a pair). */
const ADOPTED_FORMS = new Set(["joint-statement"]);

/**
 * The status words that can govern a subject: none across a scope break ("with the signing of nine agreements
 * and with a joint declaration"), none before a relative phrase the subject follows ("signed an agreement, under
 * which a programme will be set up": the programme is what the agreement provides for); an `adopted` word signs a
 * declaration and says nothing of anything else.
 */
export function ownCues(
  cues: readonly LexiconMatch<Cue>[],
  subject: Span,
  form: Form | undefined,
  breaks: readonly LexiconMatch<true>[],
  relatives: readonly Span[] = [],
): LexiconMatch<OwnCue>[] {
  const spans = breaks.map((b) => b.span);
  const out: LexiconMatch<OwnCue>[] = [];
  for (const c of cues) {
    if (isSeparated(c.span, subject, spans)) continue;
    if (relatives.some((r) => c.span.end <= r.start && r.start < subject.start && subject.start < r.end)) continue;
    if (c.data !== "adopted") out.push(c as LexiconMatch<OwnCue>);
    else if (form && ADOPTED_FORMS.has(form.legalForm)) out.push({ ...c, data: "signed" });
  }
  return out;
}

export function quoteOf(doc: MatchDoc, sentence: Sentence, subject: Span): Span {
  let { start, end } = sentence;
  if (end - start > MAX_QUOTE) {
    start = Math.max(sentence.start, subject.start - MAX_QUOTE / 2);
    end = Math.min(sentence.end, start + MAX_QUOTE);
  }
  return { start, end, text: doc.text.slice(start, end) };
}

/** Forms named inside one another's subjects ("a memorandum on the programme of…") nest this deep at most. */
const MAX_NESTING = 3;

/**
 * The nearest legal-form word of a track subject within reach in its sentence, else a compound naming one.
 * A form word belongs to the subject nearest it ("signed the programme of cultural cooperation on the
 * sidelines of the joint commission": the programme is cultural).
 */
export function legalFormOf(
  doc: MatchDoc,
  subject: Subject,
  forms: readonly LexiconMatch<Form>[],
  others: readonly Span[],
): { form: Form; match?: LexiconMatch<Form>; relativeFrom?: number } | undefined {
  const governs = (f: LexiconMatch<Form>, m: LexiconMatch<unknown>) =>
    !isPluralForm(doc, f) && namesAsSubject(doc, f, m);
  const near =
    forms.find((f) => governs(f, subject.match)) ??
    forms
      // A counted batch after a mechanism is not its instrument: "The Algeria–Tunisia joint commission closed on
      // Friday with the signing of 25 agreements" signs 25 instruments at the commission, not one agreement on it.
      .filter((f) => distance(f.span, subject.span) <= KIND_REACH)
      .filter((f) => !(subject.kind === "mechanism" && f.span.start >= subject.span.end && (countOf(doc, f) ?? 0) > 1))
      .filter((f) => !others.some((o) => distance(f.span, o) < distance(f.span, subject.span)))
      .sort((a, b) => distance(a.span, subject.span) - distance(b.span, subject.span))[0];
  // "a memorandum of understanding on the cultural exchange programme", "un mémorandum sur le programme d'échanges
  // culturels": the outermost form, whose subject the track or the form nearest it is, names the instrument.
  let outer = near;
  for (let depth = 0; outer && depth < MAX_NESTING; depth++) {
    const inner = outer;
    const up = forms.find((f) => governs(f, inner));
    if (!up) break;
    outer = up;
  }
  if (outer) return { form: outer.data, match: outer };
  const holder = relativeHolder(doc, subject.span, forms, others);
  if (holder) return { form: holder.form.data, match: holder.form, relativeFrom: holder.clause };
  const compound = compoundForm(subject.span.text);
  const form = compound ? formOf(compound) : undefined;
  return form ? { form } : undefined;
}

/** Whether a year before the report's stands right by an instrument ("the 2007 declaration"): an old one. */
export function namesOldYear(doc: MatchDoc, subject: LexiconMatch<unknown>, publishedOn: string | undefined): boolean {
  if (!publishedOn) return false;
  const year = Number(publishedOn.slice(0, 4));
  const lo = Math.max(0, subject.tokenStart - OLD_YEAR_REACH);
  const hi = Math.min(doc.tokens.length, subject.tokenEnd + OLD_YEAR_REACH);
  // …in its own sentence: "… on 20 November 2008. The agreement entered into force today" names no year.
  const sentence = sentenceAt(doc, subject.span.start);
  const inSentence = (i: number) => {
    const at = doc.map[doc.tokens[i]?.start ?? -1] ?? -1;
    return !sentence || (at >= sentence.start && at < sentence.end);
  };
  for (let i = lo; i < hi; i++) {
    const t = doc.tokens[i]?.text ?? "";
    if (
      /^(19|20)\d\d$/.test(t) &&
      inSentence(i) &&
      Number(t) < year &&
      !opensCurrentPeriod(doc, i, year) &&
      !timeBefore(doc, i, subject)
    )
      return true;
  }
  return false;
}

/** A preposition that makes the year after it a time ("in", "en", "em", "nel", "im", "в", "في"; matching form). */
const TIME_PREPOSITION = /^(?:in|en|em|nel|im|в|во|في|عام|سنة)$/u;
/** A word joining a month to its year ("mayo de 2019", "maggio del 2019"; matching form). */
const MONTH_OF = /^(?:de|del|do|of)$/u;

/**
 * Whether the year at token `i`, before the instrument, is the time of the clause's verb ("ont signé en mai 2019 un
 * accord", "signed in 2019 an agreement"): the signing's date, read with the clause (an older instrument), not a year
 * naming the instrument ("the 2007 declaration").
 */
function timeBefore(doc: MatchDoc, i: number, subject: LexiconMatch<unknown>): boolean {
  if (i >= subject.tokenStart) return false;
  let j = i - 1;
  if (MONTH_OF.test(doc.tokens[j]?.text ?? "")) j--;
  if (isMonthName(doc.tokens[j]?.text ?? "")) j--;
  return TIME_PREPOSITION.test(doc.tokens[j]?.text ?? "");
}

/**
 * Whether the year at token `i` opens a period, begun at most the year before the report's, that reaches the report's
 * year ("a cooperation plan for 2025-2027", "на 2025-2027 годы", "2025/2027"): the instrument's term, not the year
 * it is from.
 */
function opensCurrentPeriod(doc: MatchDoc, i: number, year: number): boolean {
  const here = doc.tokens[i];
  const next = doc.tokens[i + 1];
  // …opened lately: a term begun years before ("o plano de ação 2021/2026") is an older plan's.
  if (Number(here?.text) < year - 1) return false;
  if (!here || !next || !/^(19|20)\d\d$/.test(next.text) || Number(next.text) < year) return false;
  const from = (doc.map[here.end - 1] ?? 0) + 1;
  const to = doc.map[next.start] ?? 0;
  return /^\s*[-–—/]\s*$/u.test(doc.text.slice(from, to));
}

export function titleOf(subject: Subject, form: Form | undefined): string {
  if (!form || subject.instrument) return subject.title;
  // A track whose usual instrument is an agreement is titled as one ("Air services agreement").
  if (subject.agreementTrack && form.legalForm === "agreement") return subject.title;
  return `${form.title}: ${subject.title}`;
}

/**
 * The status an instrument's clause tells (statusOf); an entry into force announced with no date of its own says
 * nothing sure, the signing told before the instrument still does ("signed in Muscat an agreement …, which will enter
 * into force next year").
 */
export function clauseReading(
  doc: MatchDoc,
  sentence: Sentence,
  subject: Span,
  cues: LexiconMatch<OwnCue>[],
  others: readonly Span[],
  instruments: readonly Span[],
  dating: {
    of(sentence: Sentence, subject: Span, found: Found, instruments: readonly Span[]): { effectiveOn?: string };
  },
): Found | undefined {
  const found = statusOf(subject, cues, others, instruments, doc);
  if (found?.status !== "planned_in_force" || dating.of(sentence, subject, found, instruments).effectiveOn)
    return found;
  const before = cues.filter(
    (c) => c.data !== "planned_in_force" && c.span.end <= subject.start && lightGap(doc, c.span.end, subject.start),
  );
  return statusOf(subject, before, others, instruments, doc) ?? found;
}

/** Function words that may stand between a signing word and its first object with its day and place. */
const LIGHT = new Set(
  "on in at the a an of de du des la le l el los las un una um uma em no na do da dos das en am im der die das dem den ein eine einen in на в во с في يوم اليوم أمس مع".split(
    " ",
  ),
);

/**
 * Whether only a day, a place, figures and function words stand between a signing word and an instrument ("signed on
 * Wednesday in Muscat an agreement", "وقعت تونس وعمان اليوم الأربعاء في مسقط اتفاقية"): no other object ("signed the
 * guest book and said the agreement…", "signed on Friday a document under which the treaty…").
 */
function lightGap(doc: MatchDoc, from: number, to: number): boolean {
  const rest = doc.text.slice(from, to).replace(WEEKDAY_G, " ");
  const forms = formMatches(doc).filter((f) => f.span.start >= from && f.span.end <= to);
  if (forms.length > 1) return false;
  const words = rest.split(/[\s,]+/u).filter(Boolean);
  const arabic = words.some((w) => /\p{Script=Arabic}/u.test(w));
  if (arabic) return words.length <= ARABIC_GAP && !words.some((w) => ARABIC_TELLING.test(w));
  return words.every(
    (w) =>
      LIGHT.has(w.toLowerCase()) ||
      /^[\p{Lu}\d]/u.test(w) ||
      forms.some((f) => f.span.text.toLowerCase().split(/\s+/).includes(w.toLowerCase())),
  );
}
/** Words an Arabic gap may hold at most (the subject, a day and a place: "تونس وسلطنة عمان اليوم الأربعاء في مسقط"). */
const ARABIC_GAP = 9;
/** "that", "said": a clause of telling, whose object is another's. */
const ARABIC_TELLING = /^(?:[وف]?(?:أن|إن|بأن|قال|قالا|قالت|وثيقة|سجل))$/u;
const WEEKDAY_G = new RegExp(WEEKDAY.source, "giu");
