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
/** What began on a day: a stay ("since Sunday") or a visitor's arrival ("arrived on Sunday"). */
export type Onset = "since" | "arrival";

// The JSON is ours (seed/lexicons).
const WORDS = (datesData as unknown as { onset: Record<Onset, ByLang> }).onset;

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
  lex ??= new Lexicon([...entriesOf(WORDS.since, "since" as const), ...entriesOf(WORDS.arrival, "arrival" as const)]);
  return lex;
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
    if (between.length <= ARRIVAL_REACH && oneClause && (w.end <= start || end <= w.start)) return "arrival";
  }
  return undefined;
}
