/**
 * The day a stay began, as opposed to a happening: a day right after "since" ("se encuentra en Asunción desde el
 * pasado domingo", "est au Kenya depuis dimanche", "seit Montag", "منذ الأحد") or in the clause of an arrival verb
 * ("arrived in Nairobi on Sunday evening", "chegou a Maputo ao final da tarde de domingo", "ist am Montag in Kenia
 * eingetroffen"), the destination maybe set off by a comma ("وصل إلى الدوحة، مساء أمس السبت"). The words are ours (seed/lexicons/dates.json, `onset`); event-date.ts decides what they weigh.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
/**
 * What began on a day: a stay ("since Sunday"), a visitor's arrival ("arrived on Sunday"), or an arrival told aside
 * in a relative clause (", who flew in yesterday evening"): the visitor's background, not the lead's news.
 */
export type Onset = "since" | "arrival" | "aside";

// The JSON is ours (seed/lexicons).
const WORDS = (datesData as unknown as { onset: Record<"since" | "arrival" | "asideBy", ByLang> }).onset;
const { $comment: _aside, ...ASIDE_BY } = WORDS.asideBy as ByLang & { $comment?: unknown };
/** How far (characters) before its arrival verb a relative word may stand ("who has just flown in"). */
const ASIDE_REACH = 30;

/** At most this much text (a few articles: "el pasado", "le", "dem") between "since" and its day. */
const SINCE_GAP = /^\s*(?:[\p{L}'’]+\s+){0,2}$/u;
const SINCE_REACH = 16;
/** How far (characters) an arrival verb may be from its day, in one clause. */
const ARRIVAL_REACH = 60;
const CLAUSE_MARK = /[.;:!?,،؛()\n–—]/;
/**
 * The destination set off by a comma between an arrival verb and its day ("arrived in Doha, on Saturday evening",
 * "وصل إلى الدوحة، مساء أمس"): at most four words before the comma, at most two (a preposition, a time of day) after it.
 */
const SET_OFF = /^\s*(?:[^\s.;:!?,،؛()\n–—]+\s+){0,3}[^\s.;:!?,،؛()\n–—]+\s*[,،]\s*(?:[^\s.;:!?,،؛()\n–—]+\s+){0,2}$/u;

let lex: Lexicon<Onset> | undefined;
function lexicon(): Lexicon<Onset> {
  lex ??= new Lexicon([
    ...entriesOf(WORDS.since, "since" as const),
    ...entriesOf(WORDS.arrival, "arrival" as const),
    ...entriesOf(ASIDE_BY as ByLang, "aside" as const),
  ]);
  return lex;
}

/**
 * Whether an arrival verb at `verb` sits in a relative clause: a relative word after a comma (none needed in Arabic)
 * a few words before it, in its clause.
 */
function asideArrival(
  doc: MatchDoc,
  words: readonly { start: number; end: number; data: Onset }[],
  verb: number,
): boolean {
  return words.some((w) => {
    if (w.data !== "aside" || w.end > verb || verb - w.end > ASIDE_REACH) return false;
    if (CLAUSE_MARK.test(doc.text.slice(w.end, verb))) return false;
    return (
      /[\u0600-\u06ff]/u.test(doc.text[w.start] ?? "") ||
      /[,،]\s*$/u.test(doc.text.slice(Math.max(0, w.start - 3), w.start))
    );
  });
}

/** The onset words of a text, in text order. */
export function onsetSpans(doc: MatchDoc): { start: number; end: number; data: Onset }[] {
  return lexicon()
    .match(doc)
    .map((m) => ({ start: m.span.start, end: m.span.end, data: m.data }));
}

/** What a day at [start, end) is the onset of, if anything: a since-word right before it, an arrival verb in its clause. */
export function onsetAt(
  doc: MatchDoc,
  words: readonly { start: number; end: number; data: Onset }[],
  start: number,
  end: number,
): Onset | undefined {
  for (const w of words) {
    if (w.data === "since") {
      const gap = doc.text.slice(w.end, start);
      if (w.end <= start && gap.length <= SINCE_REACH && SINCE_GAP.test(gap)) return "since";
      continue;
    }
    const between = w.end <= start ? doc.text.slice(w.end, start) : end <= w.start ? doc.text.slice(end, w.start) : "";
    const oneClause = !CLAUSE_MARK.test(between) || (w.end <= start && SET_OFF.test(between));
    if (w.data !== "arrival") continue;
    if (between.length <= ARRIVAL_REACH && oneClause && (w.end <= start || end <= w.start))
      // Only a day inside the relative clause is its aside ("…, who arrived on Sunday, signed on Monday": Monday is
      // the lead's own).
      return !CLAUSE_MARK.test(between) && asideArrival(doc, words, w.start) ? "aside" : "arrival";
  }
  return undefined;
}
