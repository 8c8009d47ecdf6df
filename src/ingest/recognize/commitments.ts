/**
 * Commitments: a track (or an instrument such as a joint statement) named in a sentence with a
 * status word ("signed", "agreed to create", "discussed the possibility of", "entrerà in vigore").
 * The status is the nearest status word before the track in its sentence, else after it; action
 * verbs alone ("to strengthen") mean agreed, less surely. Dates of the same sentence give
 * signedOn/effectiveOn; an entry into force still ahead of publication keeps the status "signed"
 * with its effectiveOn (a job advances it when the date passes).
 */
import data from "../../../seed/lexicons/commitments.json";
import { daysBetween } from "./dates";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, type Sentence, sentenceAt } from "../match/normalize";
import { type TrackInfo, trackInfo } from "./sectors";
import type { CommitmentHit, CommitmentKind, CommitmentStatus, DateHit, Span } from "../types";
import { STATUS_RANK } from "../plan/ranks";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface Instrument {
  id: string;
  kind: CommitmentKind;
  track: string;
  title: string;
  patterns: ByLang;
}
interface CommitmentsData {
  status: Readonly<Record<CommitmentStatus, ByLang>>;
  action: ByLang;
  kinds: Readonly<Record<CommitmentKind, ByLang>>;
  instruments: readonly Instrument[];
}
// The JSON is ours (seed/lexicons); a unit test checks its statuses, kinds and tracks.
const DATA = data as unknown as CommitmentsData;

type Cue = CommitmentStatus | "action";
/** A kind word counts when this close (characters) to the track. */
const KIND_REACH = 60;
/** An entry-into-force phrase counts for a subject this close (characters). */
const IN_FORCE_REACH = 160;
/** Quotes are cut to this many characters around the track. */
const MAX_QUOTE = 320;

let cueLex: Lexicon<Cue> | undefined;
let kindLex: Lexicon<CommitmentKind> | undefined;
let instrumentLex: Lexicon<Instrument> | undefined;
function lexicons() {
  cueLex ??= new Lexicon<Cue>([
    ...(Object.keys(DATA.status) as CommitmentStatus[]).flatMap((s) => entriesOf<Cue>(DATA.status[s], s)),
    ...entriesOf<Cue>(DATA.action, "action"),
  ]);
  kindLex ??= new Lexicon((Object.keys(DATA.kinds) as CommitmentKind[]).flatMap((k) => entriesOf(DATA.kinds[k], k)));
  instrumentLex ??= new Lexicon(DATA.instruments.flatMap((i) => entriesOf(i.patterns, i)));
  return { cues: cueLex, kinds: kindLex, instruments: instrumentLex };
}

/** What a commitment is about: a track of the lexicon or an instrument. */
interface Subject {
  track: string;
  sector: string;
  kind: CommitmentKind;
  title: string;
  /** Instruments name their own kind; tracks take the nearest kind word. */
  fixedKind: boolean;
  span: Span;
}

function inSentence(s: Sentence, span: { start: number; end: number }) {
  return span.start >= s.start && span.end <= s.end;
}

/**
 * The status of a subject from the cue words of its sentence, and how sure that is. A cue after the
 * subject (and an entry into force anywhere) counts only when no other subject stands between.
 */
function statusOf(
  subject: Span,
  cues: LexiconMatch<Cue>[],
  others: readonly Span[],
): { status: CommitmentStatus; cue?: LexiconMatch<Cue>; sure: boolean } | undefined {
  const separated = (c: Span) => {
    const lo = Math.min(c.end, subject.end);
    const hi = Math.max(c.start, subject.start);
    return others.some((o) => o.start >= lo && o.end <= hi);
  };
  const real = cues.filter((c) => c.data !== "action");
  // An entry into force wins over "signed" (a later step of the same life), not over a weaker word closer by.
  const weakerBetween = (c: Span) => {
    const lo = Math.min(c.end, subject.end);
    const hi = Math.max(c.start, subject.start);
    return real.some(
      (o) => o.span.start >= lo && o.span.end <= hi && STATUS_RANK[o.data as CommitmentStatus] < STATUS_RANK.signed,
    );
  };
  const inForce = real.find(
    (c) =>
      c.data === "in_force" &&
      !separated(c.span) &&
      !weakerBetween(c.span) &&
      distance(c.span, subject) <= IN_FORCE_REACH,
  );
  if (inForce) return { status: "in_force", cue: inForce, sure: true };
  const before = real.filter((c) => c.span.end <= subject.start).sort((a, b) => b.span.end - a.span.end)[0];
  const after = real
    .filter((c) => c.span.start >= subject.end && !separated(c.span))
    .sort((a, b) => a.span.start - b.span.start)[0];
  const chosen = before ?? after;
  if (chosen && chosen.data !== "action") return { status: chosen.data, cue: chosen, sure: true };
  const action = cues.find((c) => c.data === "action");
  return action ? { status: "agreed", cue: action, sure: false } : undefined;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function quoteOf(doc: MatchDoc, sentence: Sentence, subject: Span): Span {
  let { start, end } = sentence;
  if (end - start > MAX_QUOTE) {
    start = Math.max(sentence.start, subject.start - MAX_QUOTE / 2);
    end = Math.min(sentence.end, start + MAX_QUOTE);
  }
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * Commitments of a report: one per track (or instrument), the surest kept. `trackMatches` are the
 * track lexicon's matches in `doc`; `dates` the report's dates (for signedOn/effectiveOn).
 */
export function findCommitments(
  doc: MatchDoc,
  trackMatches: readonly LexiconMatch<TrackInfo>[],
  dates: readonly DateHit[],
  publishedOn?: string,
  eventDate?: DateHit,
): CommitmentHit[] {
  const { cues, kinds, instruments } = lexicons();
  const allCues = cues.match(doc);
  const allKinds = kinds.match(doc);
  const subjects: Subject[] = [
    ...trackMatches.map((m) => ({
      track: m.data.slug,
      sector: m.data.sector,
      kind: m.data.kind,
      title: m.data.title,
      fixedKind: false,
      span: m.span,
    })),
    ...instruments.match(doc).map((m) => ({
      track: m.data.track,
      sector: trackInfo(m.data.track)?.sector ?? "",
      kind: m.data.kind,
      title: m.data.title,
      fixedKind: true,
      span: m.span,
    })),
  ];
  // Everything is looked at sentence by sentence: bucket cues, kind words and subjects once.
  const bySentence = <T extends { span: Span }>(items: readonly T[]) => {
    const out = new Map<number, T[]>();
    for (const item of items) {
      const s = sentenceAt(doc, item.span.start);
      if (!s || item.span.end > s.end) continue;
      const list = out.get(s.start);
      if (list) list.push(item);
      else out.set(s.start, [item]);
    }
    return out;
  };
  const cuesBy = bySentence(allCues);
  const kindsBy = bySentence(allKinds);
  const subjectsBy = bySentence(subjects);
  const best = new Map<string, CommitmentHit>();
  for (const subject of subjects) {
    const sentence = sentenceAt(doc, subject.span.start);
    if (!sentence) continue;
    const cuesHere = (cuesBy.get(sentence.start) ?? []).filter((c) => distance(c.span, subject.span) > 0);
    const others = (subjectsBy.get(sentence.start) ?? []).filter((o) => o.track !== subject.track).map((o) => o.span);
    const found = statusOf(subject.span, cuesHere, others);
    if (!found) continue;
    const datesHere = dates.filter((d) => d.span && inSentence(sentence, d.span));
    const signedOn = datesHere.find((d) => d.role === "signing")?.date;
    const effectiveOn = datesHere.find((d) => d.role === "entry-into-force")?.date;
    let status = found.status;
    // An entry into force still ahead of publication: signed now, in force later.
    if (status === "in_force" && effectiveOn && publishedOn && daysBetween(publishedOn, effectiveOn) > 0)
      status = "signed";
    const kindWord = subject.fixedKind
      ? undefined
      : (kindsBy.get(sentence.start) ?? [])
          .filter((k) => distance(k.span, subject.span) <= KIND_REACH)
          .sort((a, b) => distance(a.span, subject.span) - distance(b.span, subject.span))[0];
    const kind = kindWord?.data ?? subject.kind;
    let signed = signedOn;
    // A declaration signed at the happening reported (the joint statement of a visit) is dated by it.
    if (
      !signed &&
      status === "signed" &&
      subject.kind === "declaration" &&
      eventDate &&
      eventDate.evidence !== "published"
    )
      signed = eventDate.date;
    const near = found.cue ? distance(found.cue.span, subject.span) <= KIND_REACH : false;
    const confidence = Math.min(
      0.95,
      (found.sure ? 0.65 : 0.45) +
        (near ? 0.1 : 0) +
        (kindWord || subject.fixedKind ? 0.1 : 0) +
        (signed || effectiveOn ? 0.1 : 0),
    );
    const hit: CommitmentHit = {
      kind,
      status,
      track: subject.track,
      sector: subject.sector,
      title: subject.title,
      quote: quoteOf(doc, sentence, subject.span),
      confidence: Math.round(confidence * 100) / 100,
    };
    if (signed) hit.signedOn = signed;
    if (effectiveOn) hit.effectiveOn = effectiveOn;
    const key = `${subject.track}|${subject.title}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, hit);
      continue;
    }
    const better =
      hit.confidence > prev.confidence ||
      (hit.confidence === prev.confidence && STATUS_RANK[hit.status] > STATUS_RANK[prev.status]);
    const merged = better ? hit : prev;
    const other = better ? prev : hit;
    if (!merged.signedOn && other.signedOn) merged.signedOn = other.signedOn;
    if (!merged.effectiveOn && other.effectiveOn) merged.effectiveOn = other.effectiveOn;
    best.set(key, merged);
  }
  return [...best.values()].sort((a, b) => a.quote.start - b.quote.start);
}
