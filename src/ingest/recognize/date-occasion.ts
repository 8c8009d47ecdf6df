/**
 * The day of the occasion a signing names: "Na II Cimeira, os dois governos assinaram seis acordos" in a report
 * that says elsewhere "que incluiu, na terça-feira, a II Cimeira"; "Lors de ce sommet, … ont signé" after "marquée
 * mardi par le premier sommet"; "Bei den Konsultationen unterzeichneten" after "Am Dienstag fanden … die
 * Regierungskonsultationen statt". An occasion is a one-day happening of a kind (summit, consultations, talks,
 * session, meeting, forum, ceremony: seed/lexicons/commitment-dates.json, `occasion`); its day is a day the report
 * writes in the clause of an occasion of that kind, when it writes only one. A visit spans days and is none; so does
 * an occasion over days ("the summit, held on 4–5 December"), unless the signing was at its close ("at the end of the
 * summit", "à l'issue du sommet", `closing`): its last day.
 */
import data from "../../../seed/lexicons/commitment-dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, type Sentence, sentenceAt } from "../match/normalize";
import type { DateHit } from "../types";
import { daysBetween } from "./calendar";
import { ORDINAL_FIGURE } from "./commitment-list-words";
import { anyIn, lists } from "./commitment-word-lists";
import { roleSpans } from "./date-roles";

type ByLang = Readonly<Record<string, readonly string[]>>;
// The JSON is ours (seed/lexicons).
const WORDS = data as unknown as { occasion: Record<string, ByLang>; closing: ByLang; culmination: ByLang };
/** How far (characters) before an occasion word a closing phrase may be ("à l'issue de la 4e session"). */
const CLOSING_REACH = 30;

/** How far (characters) a day may be from the occasion it dates, in one sentence ("a realização, na quinta-feira, da III Cimeira"). */
const REACH = 60;
/** A clause break between a day and an occasion word: another happening's day. */
const BREAK = /[.;:!?\n]/;
/** How many days before the report's own day an occasion of the signing may be held. */
const RECENT_DAYS = 7;

let lex: Lexicon<string> | undefined;
function lexicon(): Lexicon<string> {
  lex ??= new Lexicon([
    ...Object.entries(WORDS.occasion).flatMap(([kind, words]) => entriesOf(words, kind)),
    ...entriesOf(WORDS.closing, CLOSING),
    ...entriesOf(WORDS.culmination, CULMINATION),
  ]);
  return lex;
}
const CLOSING = "closing";
const CULMINATION = "culmination";
/** How far (characters) after a range of days what it culminated in may be told, in its sentence. */
const CULMINATION_REACH = 200;
const SENTENCE_BREAK = /[.;!?\n]/;

/**
 * How far (characters) after an occasion word its days may be, past its name and a participle ("reunión de su Comisión
 * Binacional de Vecindad e Integración, celebrada el 10 y el 11 de marzo").
 */
const NAMED_REACH = 90;

/** A Roman numeral of a session ("XIV", "v"), in matching form. */
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/u;

/**
 * The number of an occasion, as a key two mentions of it share: an ordinal in figures ("5e", "14th"), a Roman numeral
 * ("V Cimeira"), or an ordinal word of the lists lexicon ("quatrième", "fünften", "пятого", "الخامسة"), by its first
 * letters so that its inflections agree; at most two words before the occasion's word or after it (Arabic).
 */
function ordinalOf(doc: MatchDoc, w: { tokenStart: number; tokenEnd: number }): string | undefined {
  const { members } = lists(doc);
  for (const i of [w.tokenStart - 1, w.tokenStart - 2, w.tokenEnd, w.tokenEnd + 1]) {
    const text = doc.tokens[i]?.text;
    if (!text) continue;
    if (ORDINAL_FIGURE.test(text)) return text.replace(/\D+$/u, "");
    if (text.length > 1 && ROMAN.test(text)) return text;
    if (anyIn(members, text) || russianCase(members, text)) return text.replace(/^(?:ال)/u, "").slice(0, 4);
  }
  return undefined;
}

/** A Russian adjective's ending: an ordinal in another case than the lexicon's ("пятого", "четвёртом"). */
const RUSSIAN_CASE = /^([а-яё]{3,})(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|ая|ое|ые|ых|ий|ый)$/u;
/** Whether a word is an ordinal of the lists lexicon in another Russian case: its stem and an ending of the lexicon's. */
function russianCase(members: Set<string>, text: string): boolean {
  const stem = RUSSIAN_CASE.exec(text)?.[1];
  return !!stem && ["ое", "ый", "ая", "ой", "ий", "е", "й"].some((e) => members.has(stem + e));
}

/** Words that make an occasion another one than the report's ("the previous session", "la prochaine réunion"). */
const ANOTHER =
  /^(?:previous|last|next|precedente?|derniere?|prochaine?|anterior|ultim[ao]|proxim[ao]|prossim[ao]|vorige[nmrs]?|vorherige[nmrs]?|letzte[nmrs]?|nachste[nmrs]?|предыдущ\p{L}*|прошл\p{L}*|следующ\p{L}*|السابقة|السابق|الماضية|الماضي|المقبلة|المقبل|القادمة|القادم)$/u;
/** How many words may open a sentence before its occasion word, for that occasion to be its subject. */
const SUBJECT_WORDS = 2;

/** Whether an occasion word opens its sentence: at most SUBJECT_WORDS words before it there ("La session", "وعقد الاجتماع"). */
function opensSentence(doc: MatchDoc, w: { tokenStart: number; span: { start: number } }): boolean {
  const start = sentenceAt(doc, w.span.start)?.start ?? 0;
  let before = 0;
  for (let i = w.tokenStart - 1; i >= 0 && (doc.map[doc.tokens[i]?.start ?? 0] ?? 0) >= start; i--) before++;
  return before <= SUBJECT_WORDS;
}

/** Whether a word by an occasion makes it another one (two words before it, or two after it). */
function anotherOne(doc: MatchDoc, w: { tokenStart: number; tokenEnd: number }): boolean {
  return [w.tokenStart - 1, w.tokenStart - 2, w.tokenEnd, w.tokenEnd + 1].some((i) =>
    ANOTHER.test(doc.tokens[i]?.text ?? ""),
  );
}

/** How far (characters) after a closing phrase the days of what it closes may be ("au terme d'un séjour effectué du"). */
const CLOSED_REACH = 60;

/**
 * Whether a range of days is closed by a closing phrase before it, in its clause ("au terme d'un séjour effectué du 25
 * au 29 mars", "at the end of a visit from 3 to 5 May", "по итогам визита 3–5 мая"), or told with what it culminated
 * in after it, in its sentence ("Du 22 au 23 mai, Conakry a accueilli la session…, aboutissant à la signature",
 * "…, завершившееся подписанием"): what the clause tells happened on its last day.
 */
export function closedRanges(doc: MatchDoc): (start: number, end: number) => boolean {
  const matched = lexicon().match(doc);
  const closings = matched.filter((w) => w.data === CLOSING);
  const culminations = matched.filter((w) => w.data === CULMINATION);
  const occasions = matched.filter((w) => w.data !== CLOSING && w.data !== CULMINATION);
  const closed = occasions.filter((w) => atClose(doc, closings, w));
  // The occasions told closed by their number ("Au terme de la quatrième session"): another mention of that numbered
  // occasion, in a later sentence, is the same one ("…de la quatrième session de la commission mixte, tenue les…").
  const closedKinds = new Set(closed.map((w) => w.data));
  const numbered = new Set(
    closed.flatMap((w) => {
      const n = ordinalOf(doc, w);
      return n ? [`${w.data}/${n}`] : [];
    }),
  );
  const daysAfter = (w: Word, start: number) =>
    w.span.end <= start && start - w.span.end <= NAMED_REACH && !BREAK.test(doc.text.slice(w.span.end, start));
  return (start, end) =>
    closings.some(
      (c) =>
        c.span.end <= start && start - c.span.end <= CLOSED_REACH && !BREAK.test(doc.text.slice(c.span.end, start)),
    ) ||
    // The days right after an occasion closed in their clause, past its long name ("Al término de la tercera reunión
    // de su Comisión Binacional de Vecindad e Integración, celebrada el 10 y el 11 de marzo").
    closed.some((w) => daysAfter(w, start)) ||
    occasions.some((w) => {
      if (!closedKinds.has(w.data) || !daysAfter(w, start)) return false;
      const n = ordinalOf(doc, w);
      // Numbered, it is the closed one if numbered alike; unnumbered, if it opens its sentence as its subject ("La
      // session, tenue les 19 et 20 mars", "Заседание прошло 10-11 марта"), no other one ("the previous session", "le
      // premier jour de la session").
      return n ? numbered.has(`${w.data}/${n}`) : opensSentence(doc, w) && !anotherOne(doc, w);
    }) ||
    culminations.some(
      (c) =>
        c.span.start >= end &&
        c.span.start - end <= CULMINATION_REACH &&
        !SENTENCE_BREAK.test(doc.text.slice(end, c.span.start)),
    );
}

type Word = { span: { start: number; end: number } };
/** "at the end of the summit": a closing phrase right before an occasion word, in its clause. */
function atClose(doc: MatchDoc, closings: readonly Word[], w: Word): boolean {
  return closings.some(
    (c) =>
      c.span.end <= w.span.start &&
      w.span.start - c.span.end <= CLOSING_REACH &&
      !BREAK.test(doc.text.slice(c.span.end, w.span.start)),
  );
}

/**
 * Reads the days of a report's occasions: `dayOf(sentence)` is the one day of the occasion kind a sentence names,
 * if the report dates that kind once. `dates` are the report's dates; `reportDay` its event or publication day.
 */
export function occasionDays(doc: MatchDoc, dates: readonly DateHit[], reportDay: string | undefined) {
  const matched = lexicon().match(doc);
  const closings = matched.filter((w) => w.data === CLOSING);
  const words = matched.filter((w) => w.data !== CLOSING && w.data !== CULMINATION);
  const usable = dates.filter(
    (d) =>
      d.span &&
      !d.future &&
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
    set.add(near.d.endDate ? `${near.d.date}/${near.d.endDate}` : near.d.date);
    days.set(w.data, set);
  }
  return {
    /** The day of the occasion a sentence names, when the report dates that kind of occasion with one day only. */
    dayOf(sentence: Sentence): string | undefined {
      const here = words.filter((w) => w.span.start >= sentence.start && w.span.end <= sentence.end);
      const found = here.flatMap((w) => {
        const set = days.get(w.data);
        const day = set?.size === 1 ? [...set][0] : undefined;
        if (!day) return [];
        // An occasion over days dates a signing only at its close, on its last day.
        const [first, last] = day.split("/");
        return last ? (atClose(doc, closings, w) ? [last] : []) : first ? [first] : [];
      });
      return new Set(found).size === 1 ? found[0] : undefined;
    },
  };
}

/** How far (characters) a signing word may be from the day it dates, in one clause ("el pasado lunes se firmaron"). */
const SIGNING_REACH = 40;
const CLAUSE_MARK = /[,;:()–—.!?\n]/;

/**
 * The one day a report dates a signing on, among its own recent days ("On Monday, the two ministers signed four
 * agreements"): a day whose role is a signing's, or with a signing word right by it in its clause. A later mention of
 * that signing with no day of its own ("The agreements signed open the way…") is of the same ceremony. None when the
 * report dates signings on several days.
 */
export function signingDayOf(
  doc: MatchDoc,
  dates: readonly DateHit[],
  reportDay: string | undefined,
): string | undefined {
  const signing = roleSpans(doc).filter((r) => r.data === "signing");
  const days = new Set<string>();
  for (const d of dates) {
    if (!d.span || d.future || d.endDate || d.pageDate || d.role === "entry-into-force") continue;
    if (reportDay && (d.date > reportDay || daysBetween(d.date, reportDay) > RECENT_DAYS)) continue;
    const span = d.span;
    const byWord = signing.some((w) => {
      const gap = w.end <= span.start ? doc.text.slice(w.end, span.start) : doc.text.slice(span.end, w.start);
      return gap.length <= SIGNING_REACH && !CLAUSE_MARK.test(gap);
    });
    if (d.role === "signing" || byWord) days.add(d.date);
  }
  return days.size === 1 ? [...days][0] : undefined;
}
