/**
 * Status words that the report's context tells as still ahead: a signing a day's programme or a meeting's agenda
 * lists ("De acordo com o programa, … seguindo-se a assinatura", "La agenda de la reunión incluye además la firma"),
 * and a headline's present over a body that only plans (seed/lexicons/commitments.json `context.schedule`,
 * `context.agenda`, `context.tookPlace`).
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { onAgendaIn, schedulePhrases, tookPlaceIn } from "./commitment-context";
import { PRESENT_SIGNING } from "./commitment-future";
import { WEEKDAY } from "./commitment-weekday";
import { JOINED_CLAUSE, RELATIVE_BEFORE } from "./commitment-clause-words";

/**
 * Status words after a schedule read out in their sentence ("De acordo com o programa, …, seguindo-se a
 * assinatura dos acordos"): what the day's programme lists is still to come, a plan whatever the tense.
 */
export function scheduled<T extends { span: Span; data: string; tokenStart?: number }>(doc: MatchDoc, cues: T[]): T[] {
  const { schedules, agendas } = schedulePhrases(doc);
  const predicates = onAgendaIn(doc);
  if (!schedules.length && !agendas.length && !predicates.length) return cues;
  const done = agendas.length || predicates.length ? tookPlaceIn(doc) : [];
  return cues.map((c) => {
    // A finite verb keeps its tense ("De acordo com o programa, … assinaram em 3 de março"): only a signing named
    // as a noun ("seguindo-se a assinatura dos acordos") is what the programme lists.
    if (!FIRM_CUES.has(c.data) || !NOMINAL.test(c.span.text)) return c;
    const s = sentenceAt(doc, c.span.start);
    if (!s) return c;
    const inSentence = (x: { span: Span }) => x.span.start >= s.start && x.span.end <= s.end;
    const read =
      schedules.some((p) => inSentence(p) && p.span.end <= c.span.start) ||
      agendas.some((p) => inSentence(p) && p.span.end <= c.span.start && listedBy(doc, p, c, cues, done, inSentence)) ||
      predicates.some(
        (p) =>
          inSentence(p) &&
          p.span.start >= c.span.end &&
          !done.some(inSentence) &&
          !JOINED_CLAUSE.test(doc.text.slice(c.span.end, p.span.start)) &&
          !RELATIVE_BEFORE.test(doc.text.slice(Math.max(c.span.end, p.span.start - 24), p.span.start)) &&
          subjectOf(doc, s, c, cues, inSentence),
      );
    return read ? { ...c, data: "proposed" } : c;
  });
}

/** How many words may open a sentence before the signing noun that is its subject ("Also, the signing…"). */
const SUBJECT_LEAD = 3;

/**
 * Whether a signing noun is the subject its sentence's agenda predicate tells of ("La signature d'un protocole …
 * figure aussi au programme", "The signing of a memorandum … is also on the agenda"): it opens the sentence, and no
 * finite signing verb of the sentence tells one done ("The signing, on the agenda since May, was completed"); nor
 * does a verb of taking place or a clause joined after a comma ("…took place on Monday, and trade is on the agenda").
 */
function subjectOf<T extends { span: Span; data: string }>(
  doc: MatchDoc,
  s: { start: number; end: number },
  cue: T,
  cues: readonly T[],
  inSentence: (x: { span: Span }) => boolean,
): boolean {
  const lead = doc.text.slice(s.start, cue.span.start).split(/\s+/u).filter(Boolean);
  if (lead.length > SUBJECT_LEAD || CLAUSE_BREAK.test(lead.slice(0, -1).join(" "))) return false;
  return !cues.some((o) => o !== cue && inSentence(o) && FIRM_CUES.has(o.data) && !NOMINAL.test(o.span.text));
}

/** How many words may stand between a meeting's agenda and the signing it lists ("incluye además la firma"). */
const AGENDA_GAP = 4;

/**
 * Whether a meeting's agenda lists a signing named as a noun: the signing follows it closely in its clause ("La agenda
 * de la reunión incluye además la firma…"), and its sentence tells no signing done, by a verb of taking place ("se
 * realizó la firma", "la firma … è avvenuta", "جرى التوقيع") or a finite signing verb ("…, que ambos ministros
 * firmaron el lunes"). A signing after other words is another clause's ("… were on the agenda of the talks and the
 * presidents witnessed the signing").
 */
function listedBy<T extends { span: Span; data: string; tokenStart?: number }>(
  doc: MatchDoc,
  agenda: LexiconMatch<true>,
  cue: T,
  cues: readonly T[],
  done: readonly LexiconMatch<true>[],
  inSentence: (x: { span: Span }) => boolean,
): boolean {
  if (CLAUSE_BREAK.test(doc.text.slice(agenda.span.end, cue.span.start))) return false;
  if (cue.tokenStart === undefined || cue.tokenStart - agenda.tokenEnd > AGENDA_GAP) return false;
  if (done.some(inSentence)) return false;
  return !cues.some((o) => o !== cue && inSentence(o) && FIRM_CUES.has(o.data) && !NOMINAL.test(o.span.text));
}

/** Status words that say an instrument exists (a schedule makes them a plan). */
const FIRM_CUES = new Set(["signed", "ratified", "in_force", "adopted"]);
/**
 * A status word written as a noun, in the eight languages (the signing, la signature, подписание, التوقيع…), or an
 * exchange of instruments written so ("exchange of", "scambio di", "обмен", "لتبادل").
 */
export const NOMINAL =
  /^(signing|signature|paraphe|firma|sottoscrizione|suscripci[oó]n|assinatura|unterzeichnung|подписани\p{L}*|[وف]?(ال)?توقيع|заключени\p{L}*|la r[uú]brica del?|ratification|ratifica|ratificaci[oó]n|ratifica[cç][aã]o|ratifizierung|ратификаци\p{L}*|entry into force|entr[ée]e en vigueur|entrata in vigore|entrada en vigor|entrada em vigor|inkrafttreten|exchanges? of|[ée]changes? de|[ée]change d|scambio? di|scambio d|intercambio de|canje de|troca de|interc[aâ]mbio de|austausch (?:von|der|zweier)|обмен(?:а|у|ом|е)?|[وف]?(?:ل|ال|لل)تبادل)$/iu;

/** A headline is at most this long (characters). */
const HEADLINE_CHARS = 160;

/** Whether a sentence is a headline: a short line of its own with no closing punctuation ("…, firma accordi"). */
function isHeadline(doc: MatchDoc, s: { start: number; end: number }): boolean {
  const text = doc.text;
  const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
  const next = text.indexOf("\n", s.end);
  const lineEnd = next < 0 ? text.length : next;
  const line = text.slice(lineStart, lineEnd).trim();
  return (
    line.length > 0 &&
    line.length <= HEADLINE_CHARS &&
    !/\S/.test(text.slice(lineStart, s.start)) &&
    !/\S/.test(text.slice(s.end, lineEnd).replace(/^[.!?…]/, "")) &&
    !/[.!?…:;]$/.test(line)
  );
}

/**
 * A headline's status words when the body puts a signing still ahead and tells none done ("Mattarella a Tashkent,
 * firma accordi" over "Saranno firmati…"): the present of a headline is no evidence then, the body's plan is.
 */
export function headlineAhead<T extends { span: Span; data: string }>(doc: MatchDoc, cues: T[]): T[] {
  const inHeadline = (c: T) => {
    const s = sentenceAt(doc, c.span.start);
    return s !== undefined && isHeadline(doc, s);
  };
  const firm = cues.filter((c) => FIRM_CUES.has(c.data) || c.data === "planned_in_force");
  if (!firm.some(inHeadline)) return cues;
  const body = cues.filter((c) => !inHeadline(c));
  if (!body.some((c) => c.data === "proposed") || body.some((c) => FIRM_CUES.has(c.data))) return cues;
  return cues.map((c) => (FIRM_CUES.has(c.data) && inHeadline(c) ? { ...c, data: "proposed" } : c));
}

/** A weekday stands at most this many words from the present signing verb it dates. */
const WEEKDAY_REACH = 6;

/** "Today" in the eight languages: by the verb, it dates the signing, not a weekday elsewhere in the clause. */
const TODAY = /(?<![\p{L}\p{M}])(?:today|aujourd['’]hui|oggi|hoy|hoje|heute|сегодня|اليوم)(?![\p{L}\p{M}])/iu;
/** A fronted weekday phrase before a comma has at most this many words ("Na segunda-feira,", "Am Montag,"). */
const FRONTED_WORDS = 3;

/**
 * Whether a weekday stands by a signing verb in its own clause, at most WEEKDAY_REACH words from it; a weekday
 * fronted alone before a comma is the verb's too ("Na segunda-feira, os dois países assinam…"), not one of a clause
 * of its own ("Arrivé lundi à Rabat, le président signe…", "…, que llegaron el domingo, firman hoy…").
 */
function weekdayBy(text: string, start: number, end: number): boolean {
  const words = (s: string) => s.split(/\s+/u).filter(Boolean);
  const sentence =
    text
      .slice(Math.max(0, start - 160), start)
      .split(/[;:.!?؛\n()]/u)
      .at(-1) ?? "";
  const parts = sentence.split(/[,،]/u);
  const own = parts.at(-1) ?? "";
  const fronted = parts.length === 2 && words(parts[0] ?? "").length <= FRONTED_WORDS ? (parts[0] ?? "") : "";
  const after = text.slice(end, end + 120).split(/[,;:.!?؛،\n()]/u)[0] ?? "";
  const near = `${fronted} ${words(own).slice(-WEEKDAY_REACH).join(" ")} ${words(after).slice(0, WEEKDAY_REACH).join(" ")}`;
  return WEEKDAY.test(near) && !TODAY.test(`${words(own).slice(-WEEKDAY_REACH).join(" ")} ${after}`);
}

/**
 * A signing verb in the present dated by a weekday in its clause ("Am Montag unterzeichnen beide Länder…", "Lisboa e
 * Maputo assinam esta segunda-feira…"), in a report with no publication date that tells no signing in the past: the
 * weekday may be the coming one or the one just past, and nothing tells which, so the signing is no evidence of one
 * done. A report that tells one done ("Le document a été signé au palais royal") is a report of the day. A headline's
 * present is its own (headlineAhead).
 */
export function presentUndated<T extends { span: Span; data: string }>(
  doc: MatchDoc,
  cues: T[],
  publishedOn: string | undefined,
): T[] {
  if (publishedOn) return cues;
  const inHeadline = (c: T) => {
    const s = sentenceAt(doc, c.span.start);
    return !s || isHeadline(doc, s);
  };
  // A signing told in the past anywhere in the body.
  if (cues.some((c) => c.data === "signed" && !PRESENT_SIGNING.test(c.span.text) && !inHeadline(c))) return cues;
  return cues.map((c) => {
    if (c.data !== "signed" || !PRESENT_SIGNING.test(c.span.text) || inHeadline(c)) return c;
    return weekdayBy(doc.text, c.span.start, c.span.end) ? { ...c, data: "proposed" } : c;
  });
}
