/**
 * Documents signed at a meeting that are no legal form of ours (seed/lexicons/commitments.json `records`): the
 * minutes of a joint commission or of political consultations, the rules of procedure of a body, a cooperation
 * project. Each is a signed commitment of its own, with no legal form (the report states none), on the track of
 * the mechanism it names ("the minutes of the joint commission"); minutes that name no body ("the minutes of the
 * meeting") belong to the one mechanism the report tells of. Only a signing word that governs the document in its
 * clause signs it, with the modality of commitment-cues.ts applied: "will sign the minutes" signs nothing.
 */
import data from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { CommitmentHit, CommitmentKind, DateHit, Span } from "../types";
import { amendedOf } from "./commitment-amendments";
import { type Cue, type Form, formOf } from "./commitment-cues";
import type { datingOf } from "./commitment-dates";
import type { PartyReader } from "./commitment-parties";
import { distance, type Subject } from "./commitment-standalone";
import { quoteOf } from "./commitment-status";
import { daysBetween } from "./dates";

interface RecordGroup {
  kind: CommitmentKind;
  title: string;
  meeting?: boolean;
  amends?: boolean;
  words: Readonly<Record<string, readonly string[]>>;
}
type RecordWord = Omit<RecordGroup, "words">;

/** A signing word governs a document this many words before it ("assinaram, em Abril, em Luanda, o processo verbal"). */
const BEFORE_REACH = 9;
/** …or this many when joined to instruments named before it ("signed three agreements on … and the minutes"). */
const JOINED_REACH = 24;
/** Characters at most between such an instrument and the document. */
const JOIN_GAP = 60;
/** A coordinator (and an article) right before the document. */
const COORDINATED =
  /(?:,|\s(?:and|as well as|et|ainsi que|e|ed|nonché|y|así como|bem como|und|sowie|и|а также))\s+(?:[^\s,;:.]+\s+)?$/iu;
/** …or this many words after it ("the minutes were signed"). */
const AFTER_REACH = 3;
/** A mechanism named this close after a document (characters) is its body ("el acta de la I Reunión de Consultas"). */
const BODY_REACH = 90;
/** The words of a project's name that tell it from another project of the report. */
const NAME_WORDS = 4;
/** Words right before a document word that make it a time or another thing ("forty minutes", "nota verbale"). */
const NOT_A_RECORD = /^(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|few|several|nota|note)$/i;
/** Punctuation that ends the clause a signing word governs. */
const CLAUSE_END = /[;:!?؛]/;
/** What ends a document's name: a comma or a coordinating word ("the minutes of the session and the plan of…"). */
const NAME_END =
  /[,;:!?،؛]|\s(?:and|as well as|et|ainsi que|e|ed|nonché|y|así como|bem como|und|sowie|и|а также)\s|\sو(?:ال|\s)/iu;

let lexicon: Lexicon<RecordWord> | undefined;
function records(): Lexicon<RecordWord> {
  if (!lexicon) {
    const { $comment: _c, ...groups } = (data as unknown as { records: Record<string, RecordGroup | string> }).records;
    lexicon = new Lexicon(
      Object.values(groups).flatMap((g) => {
        if (typeof g === "string") return [];
        const { words, ...word } = g;
        return entriesOf<RecordWord>(words, word);
      }),
    );
  }
  return lexicon;
}

const wordsOf = new WeakMap<MatchDoc, LexiconMatch<RecordWord>[]>();

/** The document words of a text ("procès-verbal", "reglamento"), but not a time ("forty minutes"); matched once. */
export function recordWords(doc: MatchDoc): LexiconMatch<RecordWord>[] {
  const known = wordsOf.get(doc);
  if (known) return known;
  const found = records()
    .match(doc)
    .filter((m) => !NOT_A_RECORD.test(doc.tokens[m.tokenStart - 1]?.text ?? ""));
  wordsOf.set(doc, found);
  return found;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Form words that are part of a document's name ("протокол заседания" is minutes, not a protocol). An amending
 * protocol stays a protocol for every other reading until its signature is read (`taken`).
 */
export function withoutRecords(doc: MatchDoc, forms: LexiconMatch<Form>[]) {
  const words = recordWords(doc);
  return forms.filter((f) => !words.some((w) => !w.data.amends && overlaps(f.span, w.span)));
}

/** A report's context with its document words. */
type Read = RecordContext & { words: readonly LexiconMatch<RecordWord>[] };

export interface RecordContext {
  /** The report's status words, modality applied. */
  cues: readonly LexiconMatch<Cue>[];
  /** Legal-form words: one between a signing word and a document takes that word for itself. */
  forms: readonly LexiconMatch<Form>[];
  subjects: readonly Subject[];
  dating: ReturnType<typeof datingOf>;
  eventDate?: DateHit | undefined;
  publishedOn?: string | undefined;
  parties?: PartyReader | undefined;
}

/**
 * The signing word that governs a document in its clause, if any: before it, or after its whole name (`last`, its
 * last word) for a passive ("the minutes of the joint commission were signed").
 */
function signingOf(doc: MatchDoc, word: LexiconMatch<RecordWord>, ctx: Read, last: LexiconMatch<unknown>) {
  const s = sentenceAt(doc, word.span.start);
  if (!s) return undefined;
  const between = (a: Span, b: Span) =>
    CLAUSE_END.test(doc.text.slice(a.end, b.start)) ||
    ctx.forms.some((f) => f.span.start >= a.end && f.span.end <= b.start) ||
    ctx.words.some((w) => w !== word && w.span.start >= a.end && w.span.end <= b.start);
  const joins = joined(doc, word, ctx);
  return ctx.cues.find((c) => {
    if (c.data !== "signed" || c.span.start < s.start || c.span.end > s.end) return false;
    if (c.span.end <= word.span.start && joins)
      return (
        !CLAUSE_END.test(doc.text.slice(c.span.end, word.span.start)) && word.tokenStart - c.tokenEnd <= JOINED_REACH
      );
    if (c.span.end <= word.span.start)
      return !between(c.span, word.span) && word.tokenStart - c.tokenEnd <= BEFORE_REACH;
    return c.span.start >= last.span.end && !between(last.span, c.span) && c.tokenStart - last.tokenEnd <= AFTER_REACH;
  });
}

/**
 * Whether a document is joined by a coordinator to an instrument named before it, so that the signing word before
 * that instrument governs it too ("signed three agreements and the minutes of the joint commission"; Arabic
 * "ومحضر"). An amendment is not read so: what it amends is its own name's.
 */
function joined(doc: MatchDoc, word: LexiconMatch<RecordWord>, ctx: Read): boolean {
  if (word.data.amends) return false;
  if (/^و/.test(word.span.text) && !/^و/.test(word.pattern)) return true;
  const before = ctx.forms.filter((f) => f.span.end <= word.span.start).sort((a, b) => b.span.end - a.span.end)[0];
  const gap = before ? doc.text.slice(before.span.end, word.span.start) : "";
  return gap.length > 0 && gap.length <= JOIN_GAP && COORDINATED.test(gap);
}

/** The mechanism a document belongs to: named right after it, else (minutes) the report's only one. */
function bodyOf(doc: MatchDoc, word: LexiconMatch<RecordWord>, ctx: Read): Subject | undefined {
  if (word.data.kind !== "mechanism") return undefined;
  const s = sentenceAt(doc, word.span.start);
  const mechanisms = ctx.subjects.filter((m) => m.kind === "mechanism" && !m.instrument);
  const named = mechanisms
    .filter((m) => s && m.span.start >= word.span.end && m.span.end <= s.end)
    .filter((m) => !NAME_END.test(doc.text.slice(word.span.end, m.span.start)))
    .filter((m) => distance(word.span, m.span) <= BODY_REACH)
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (named || !word.data.meeting) return named;
  const tracks = new Set(mechanisms.map((m) => m.track));
  return tracks.size === 1 ? mechanisms.find((m) => m.span.start < word.span.start) : undefined;
}

/** The rest of a document's name after its word ("del Consejo de Asociación del Acuerdo Integral"). */
function nameOf(doc: MatchDoc, word: LexiconMatch<RecordWord>): Span {
  const s = sentenceAt(doc, word.span.start);
  const rest = doc.text.slice(word.span.end, Math.min(s?.end ?? word.span.end, word.span.end + BODY_REACH));
  const end = NAME_END.exec(rest)?.index ?? rest.length;
  return { start: word.span.end, end: word.span.end + end, text: rest.slice(0, end) };
}

/** One document of each name: a mention with no body is the one mention of that document with one. */
function foldBodiless(hits: CommitmentHit[]): CommitmentHit[] {
  return hits.filter((h) => {
    if (h.track) return true;
    const bodied = hits.filter((o) => o.track && o.kind === h.kind && o.title.startsWith(`${h.title}:`));
    const [only] = bodied;
    if (!only || bodied.length > 1) return true;
    if (!only.signedOn && h.signedOn) only.signedOn = h.signedOn;
    return false;
  });
}

/** What signed documents leave to the other readings. */
export interface SignedRecords {
  /** Amendments: instruments of a legal form, which a restating plural ("these agreements") may stand for. */
  amendments: CommitmentHit[];
  /** Minutes, rules and projects: of no legal form, never what a count of agreements stands for. */
  documents: CommitmentHit[];
  /** Mechanisms a document names as its body: not agreed in their own right. */
  bodies: Set<Subject>;
  /**
   * Form words inside a signed document's name ("the rules of the council of the Agreement", "la prórroga del
   * acuerdo"): taken by that document, not instruments signed in their own right (still named, for restatements).
   */
  taken<T extends { span: Span }>(forms: readonly T[]): T[];
}

/** The documents a report tells were signed, one per document and body. */
export function signedRecords(doc: MatchDoc, report: RecordContext): SignedRecords {
  const ctx = { ...report, words: recordWords(doc) };
  const hits = new Map<string, CommitmentHit>();
  const bodies = new Set<Subject>();
  const names: Span[] = [];
  for (const word of ctx.words) {
    const name = nameOf(doc, word);
    // An amendment is of the instrument its name carries, or none; a minutes' or rules' body is a mechanism.
    const amended = word.data.amends ? amendedOf(name, ctx.forms, ctx.subjects) : undefined;
    if (word.data.amends && !amended) continue;
    const body = amended ? amended.subject : bodyOf(doc, word, ctx);
    const named = amended?.last ?? (body && body.span.start >= word.span.end ? body.match : word);
    const cue = signingOf(doc, word, ctx, named);
    const sentence = sentenceAt(doc, word.span.start);
    if (!cue || !sentence) continue;
    if (ctx.parties?.read({ sentence, marks: [word], cue, cues: ctx.cues, others: [] }) === null) continue;
    if (body && body.span.start >= word.span.end) bodies.add(body);
    names.push(name, word.span);
    const found = { status: "signed", cue, sure: true, after: cue.span.start >= word.span.end };
    const clause = ctx.dating.of(sentence, word.span, found, []);
    let signedOn = clause.signedOn;
    if (!signedOn && ctx.eventDate && !clause.past && !clause.noDay) signedOn = clause.heldOn ?? ctx.eventDate.date;
    if (signedOn && ctx.publishedOn && daysBetween(ctx.publishedOn, signedOn) > 0) continue;
    const title = amended?.title ?? (body ? `${word.data.title}: ${body.title}` : word.data.title);
    // Projects are told apart by their names ("on rural schools", "on malaria research"); minutes by their body.
    const own = word.data.kind === "project" ? norm(name.text).split(" ").slice(0, NAME_WORDS).join(" ") : "";
    const key = `${title}|${body?.track ?? ""}|${own}`;
    const prev = hits.get(key);
    if (prev) {
      if (!prev.signedOn && signedOn) prev.signedOn = signedOn;
      continue;
    }
    const hit: CommitmentHit = {
      kind: amended ? (formOf(amended.legalForm)?.kind ?? word.data.kind) : word.data.kind,
      status: "signed",
      sector: body?.sector ?? "political-dialogue",
      title,
      quote: quoteOf(doc, sentence, word.span),
      confidence: signedOn ? 0.75 : 0.65,
    };
    if (body) hit.track = body.track;
    if (amended) hit.legalForm = amended.legalForm;
    if (signedOn) hit.signedOn = signedOn;
    hits.set(key, hit);
  }
  const all = foldBodiless([...hits.values()]);
  return {
    amendments: all.filter((h) => h.legalForm),
    documents: all.filter((h) => !h.legalForm),
    bodies,
    taken: (forms) =>
      forms.filter((f) => names.some((n) => (f.span.start >= n.start && f.span.end <= n.end) || overlaps(f.span, n))),
  };
}
