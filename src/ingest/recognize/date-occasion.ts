/**
 * The day of the occasion a signing names: "Na II Cimeira, os dois governos assinaram seis acordos" in a report
 * that says elsewhere "que incluiu, na terça-feira, a II Cimeira"; "Lors de ce sommet, … ont signé" after "marquée
 * mardi par le premier sommet"; "Bei den Konsultationen unterzeichneten" after "Am Dienstag fanden … die
 * Regierungskonsultationen statt". An occasion is a one-day happening of a kind (summit, consultations, talks,
 * session, meeting, forum, ceremony: seed/lexicons/commitment-dates.json, `occasion`); its day is a day the report
 * writes in the clause of an occasion of that kind, when it writes only one. A visit spans days and is none.
 */
import data from "../../../seed/lexicons/commitment-dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc, Sentence } from "../match/normalize";
import type { DateHit } from "../types";
import { daysBetween } from "./calendar";

type ByLang = Readonly<Record<string, readonly string[]>>;
// The JSON is ours (seed/lexicons).
const KINDS = (data as unknown as { occasion: Record<string, ByLang> }).occasion;

/** How far (characters) a day may be from the occasion it dates, in one sentence ("a realização, na quinta-feira, da III Cimeira"). */
const REACH = 60;
/** A clause break between a day and an occasion word: another happening's day. */
const BREAK = /[.;:!?\n]/;
/** How many days before the report's own day an occasion of the signing may be held. */
const RECENT_DAYS = 7;

let lex: Lexicon<string> | undefined;
function lexicon(): Lexicon<string> {
  lex ??= new Lexicon(Object.entries(KINDS).flatMap(([kind, words]) => entriesOf(words, kind)));
  return lex;
}

/**
 * Reads the days of a report's occasions: `dayOf(sentence)` is the one day of the occasion kind a sentence names,
 * if the report dates that kind once. `dates` are the report's dates; `reportDay` its event or publication day.
 */
export function occasionDays(doc: MatchDoc, dates: readonly DateHit[], reportDay: string | undefined) {
  const words = lexicon().match(doc);
  const usable = dates.filter(
    (d) =>
      d.span &&
      !d.future &&
      !d.endDate &&
      !d.pageDate &&
      d.role !== "entry-into-force" &&
      (!reportDay || (d.date <= reportDay && daysBetween(d.date, reportDay) <= RECENT_DAYS)),
  );
  const days = new Map<string, Set<string>>();
  for (const w of words) {
    const near = usable
      .map((d) => {
        const s = d.span ?? w.span;
        const gap = s.end <= w.span.start ? doc.text.slice(s.end, w.span.start) : doc.text.slice(w.span.end, s.start);
        return { d, gap };
      })
      .filter(({ gap }) => gap.length <= REACH && !BREAK.test(gap))
      .sort((a, b) => a.gap.length - b.gap.length)[0];
    if (!near) continue;
    const set = days.get(w.data) ?? new Set<string>();
    set.add(near.d.date);
    days.set(w.data, set);
  }
  return {
    /** The day of the occasion a sentence names, when the report dates that kind of occasion with one day only. */
    dayOf(sentence: Sentence): string | undefined {
      const kinds = new Set(
        words.filter((w) => w.span.start >= sentence.start && w.span.end <= sentence.end).map((w) => w.data),
      );
      const found = [...kinds].flatMap((k) => {
        const set = days.get(k);
        return set?.size === 1 ? [...set] : [];
      });
      return new Set(found).size === 1 ? found[0] : undefined;
    },
  };
}
