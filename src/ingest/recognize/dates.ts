/**
 * Dates in a report, resolved against its publication date. chrono-node parses en/fr/it/es/pt/de/ru
 * (one locale import each); Arabic is parsed here (Mashriq, Maghreb, Algerian/Tunisian and Levantine
 * month names, Eastern digits, ranges, weekdays). On top of chrono: a bare weekday means the last
 * one on or before publication (news tells the past); "3 décembre dernier" / "scorso" / "الماضي"
 * goes back, "prochain" forward; a range of days keeps its start. Each date gets a role
 * from the words around it (signing, entry into force, the event itself, other).
 */
import * as chrono from "chrono-node";
import * as de from "chrono-node/de";
import * as es from "chrono-node/es";
import * as fr from "chrono-node/fr";
import * as it from "chrono-node/it";
import * as pt from "chrono-node/pt";
import * as ru from "chrono-node/ru";
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type Direction, dayOf, type Found, fixYear, fromDay, iso, isValid, resolveWeekday } from "./calendar";
import { parseArabic } from "./dates-arabic";
import { parseDayRanges } from "./date-ranges";
import { parseWrittenDays } from "./date-words";
import { type DateWindow, dayByWeekday } from "./date-window";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { DateHit, Span } from "../types";

export { daysBetween, toIsoDate } from "./calendar";
import { leadOf } from "./event-date";
import { withoutNamedDays } from "./named-days";

export { eventDateOf, leadOf, publicationDate } from "./event-date";

type ByLang = Readonly<Record<string, readonly string[]>>;
type Role = DateHit["role"];
type CueSpan = { start: number; end: number; data: "past" | "future" };
interface DatesData {
  past: ByLang;
  future: ByLang;
  futureVerbs: ByLang;
  roles: Readonly<Record<"entry-into-force" | "signing" | "event", ByLang>>;
}
// The JSON is ours (seed/lexicons).
const DATA = datesData as unknown as DatesData;

const RELATIVE_DAY =
  /yesterday|today|tomorrow|hier|aujourd|demain|ieri|oggi|domani|ayer|hoy|mañana|ontem|hoje|amanhã|gestern|heute|morgen|вчера|сегодня|завтра/i;
/** How far (characters) a role word may be from its date. */
const ROLE_REACH = 120;
/** A date in the first characters of a text is a dateline: the date of the happening. */
export const DATELINE_CHARS = 80;
/** chrono's reference when a report gives none: any result that depends on it is dropped. */
const NO_REFERENCE = "2000-01-01";
/** How far (characters) a future verb may be before the date it puts in the future ("will visit Cairo on Friday"). */
const FUTURE_REACH = 50;

interface Parser {
  parse(text: string, ref?: Date, option?: { forwardDate?: boolean }): chrono.ParsedResult[];
}
const PARSERS: Readonly<Record<string, Parser>> = {
  en: chrono.casual,
  fr: fr.casual,
  it: it.casual,
  es: es.casual,
  pt: pt.casual,
  de: de.casual,
  ru: ru.casual,
};

let futureLex: Lexicon<true> | undefined;
let cueLex: Lexicon<"past" | "future"> | undefined;
let roleLex: Lexicon<Exclude<Role, "other">> | undefined;
function cues() {
  cueLex ??= new Lexicon([...entriesOf(DATA.past, "past" as const), ...entriesOf(DATA.future, "future" as const)]);
  return cueLex;
}
function futureVerbs() {
  futureLex ??= new Lexicon(entriesOf(DATA.futureVerbs, true as const));
  return futureLex;
}
function roles() {
  roleLex ??= new Lexicon(
    (["entry-into-force", "signing", "event"] as const).flatMap((role) => entriesOf(DATA.roles[role], role)),
  );
  return roleLex;
}

/** The direction word right after, right before or inside a date: "3 décembre dernier", "last Friday". */
function directionAt(doc: MatchDoc, cueSpans: CueSpan[], start: number, end: number): Direction {
  for (const c of cueSpans) {
    const after = c.start >= end && /^\s{1,3}$/.test(doc.text.slice(end, c.start));
    const before = c.end <= start && /^\s{1,3}$/.test(doc.text.slice(c.end, start));
    const inside = c.start >= start && c.end <= end;
    if (after || before || inside) return c.data;
  }
  return undefined;
}

/** What the parsers read: a text, its language, the reference date and the days it can be from. */
interface ParseInput {
  doc: MatchDoc;
  lang: string;
  ref: string | undefined;
  cueSpans: CueSpan[];
  window: DateWindow | undefined;
}

const ORDINAL_WEEKDAYS = (datesData as { ordinalWeekdays: Record<string, { words: string[]; followers: string[] }> })
  .ordinalWeekdays;

/** Whether a weekday word is an ordinal before its noun ("a quarta visita" is the fourth visit, not Wednesday's). */
function isOrdinal(text: string, lang: string, word: string, end: number): boolean {
  const table = ORDINAL_WEEKDAYS[lang];
  if (!table?.words.includes(word.trim().toLowerCase())) return false;
  const next = /^\s+(\p{Ll}[\p{L}]*)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && !table.followers.includes(next);
}

/** Dates chrono finds, corrected for weekdays, direction words and a missing year. */
function parseWithChrono({ doc, lang, ref, cueSpans, window }: ParseInput): Found[] {
  const parser = PARSERS[lang] ?? chrono.casual;
  // Never the wall clock: without a reference, chrono gets a fixed one, and every result that would
  // depend on it (a missing year, "yesterday", a weekday) is dropped below.
  const refDate = new Date(`${ref ?? NO_REFERENCE}T12:00:00Z`);
  const out: Found[] = [];
  for (const r of parser.parse(doc.text, refDate, { forwardDate: false })) {
    const s = r.start;
    const start = r.index;
    const end = r.index + r.text.length;
    const direction = directionAt(doc, cueSpans, start, end);
    const hasDay = s.isCertain("day");
    const weekday = s.get("weekday");
    if (!hasDay) {
      // A bare weekday ("Friday", "vendredi", "el viernes pasado"): the last one before publication.
      if (!s.isCertain("weekday") || weekday === null || weekday === undefined || !ref) continue;
      // A short lower-case abbreviation is a word ("so", "mar", "sat"), not a weekday ("So.", "Tue").
      if (/^\p{Ll}{1,3}\.?$/u.test(r.text.trim())) continue;
      if (isOrdinal(doc.text, lang, r.text, end)) continue;
      const found: Found = {
        start,
        end,
        date: resolveWeekday(ref, weekday, direction, direction === "past"),
        evidence: "weekday",
        bareWeekday: direction === undefined,
      };
      if (direction) found.direction = direction;
      out.push(found);
      continue;
    }
    const y = s.get("year");
    const m = s.get("month");
    const d = s.get("day");
    if (!y || !m || !d || !isValid(y, m, d)) continue;
    // "today", "yesterday", "hier": relative to publication, as weak as a weekday ("now" is no date).
    const relative = !/\d/.test(r.text);
    if (relative && (!ref || !RELATIVE_DAY.test(r.text))) continue;
    const written = s.isCertain("year");
    // Without a reference, a weekday with its day ("jeudi 18 avril") may still fall once in the window.
    const pinned =
      !written && !ref && window && s.isCertain("weekday") && typeof weekday === "number"
        ? dayByWeekday(window, m, d, weekday)
        : undefined;
    if (!written && !ref && !pinned) continue;
    const date = pinned ?? (!written && ref ? fixYear(ref, m, d, y, direction) : iso(y, m, d));
    const yearWritten = written || pinned !== undefined;
    const found: Found = { start, end, date, evidence: relative ? "weekday" : "explicit", yearWritten };
    if (direction) found.direction = direction;
    const e = r.end;
    const ey = e?.get("year");
    const em = e?.get("month");
    const ed = e?.get("day");
    if (e && ey && em && ed && isValid(ey, em, ed)) {
      const endDate = iso(ey, em, ed);
      // The end shares the start's year correction.
      const shifted = fromDay(dayOf(endDate) + (dayOf(date) - dayOf(iso(y, m, d))));
      if (shifted > date) found.endDate = shifted;
    }
    out.push(found);
  }
  return out;
}

/** The role of a date from the nearest role word of its sentence (a dateline is the event's date). */
function roleOf(
  doc: MatchDoc,
  roleSpans: { start: number; end: number; data: Exclude<Role, "other"> }[],
  f: Found,
): Role {
  const sentence = sentenceAt(doc, f.start) ?? { start: 0, end: doc.text.length };
  let best: { distance: number; role: Role } | undefined;
  for (const c of roleSpans) {
    if (c.start < sentence.start || c.end > sentence.end) continue;
    const distance = c.end <= f.start ? f.start - c.end : c.start >= f.end ? c.start - f.end + 20 : 0;
    if (distance > ROLE_REACH) continue;
    if (!best || distance < best.distance) best = { distance, role: c.data };
  }
  if (best) return best.role;
  // A dateline, or a bare weekday ("on Friday"), is the news itself.
  return f.start < DATELINE_CHARS || f.evidence === "weekday" ? "event" : "other";
}

const verbCache = new WeakMap<MatchDoc, { start: number; end: number }[]>();
/** Whether a future verb of the text comes shortly before `start`, in the same clause ("will meet … in Tokyo"). */
export function followsFutureVerb(doc: MatchDoc, start: number): boolean {
  let verbs = verbCache.get(doc);
  if (!verbs) {
    verbs = futureVerbs()
      .match(doc)
      .map((m) => ({ start: m.span.start, end: m.span.end }));
    verbCache.set(doc, verbs);
  }
  return afterFutureVerb(doc, verbs, start);
}

/** Whether a future verb comes shortly before [start, end) in the same clause ("will visit Cairo on Friday"). */
function afterFutureVerb(doc: MatchDoc, verbs: readonly { start: number; end: number }[], start: number): boolean {
  return verbs.some(
    (v) => v.end <= start && start - v.end <= FUTURE_REACH && !/[.!?;:,،؛–—\n]/.test(doc.text.slice(v.end, start)),
  );
}

/** A byline's label before the page's date: "Publié le", "Published on", "Pubblicato il", "Опубликовано", "نشر في". */
const PUBLISHED_LABEL =
  /(?:published|updated|publié|mis à jour|pubblicato|aggiornato|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|опубликовано|обновлено|نشر|تاريخ النشر)\s*(?:on|le|il|el|em|am|в|في|:)?\s*$/iu;
/** How far into a text, and how long a line, a page's own date line may be. */
const PAGE_DATE_REACH = 400;
const PAGE_DATE_LINE = 60;

/** Whether a date ends a short line of its own near the top: the page's date (or a byline's), not the lead's. */
function isPageDate(doc: MatchDoc, f: Found): boolean {
  // A parser's match may open with the blank line before the date.
  const raw = doc.text.slice(f.start, f.end);
  const start = f.start + raw.length - raw.trimStart().length;
  if (start > PAGE_DATE_REACH) return false;
  const lineStart = doc.text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", f.end);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  const after = doc.text.slice(f.end, lineEnd < 0 ? doc.text.length : lineEnd);
  if (PUBLISHED_LABEL.test(doc.text.slice(lineStart, start))) return true;
  return line.trim().length <= PAGE_DATE_LINE && !/\p{L}/u.test(after);
}

/** A weekday glossed by its day ("on Sunday (December 7)", "Friday, 6 March"): the day, written, says which one. */
function withoutGlossedWeekdays(doc: MatchDoc, found: readonly Found[]): Found[] {
  return found.filter((f, i) => {
    const next = found[i + 1];
    if (f.evidence !== "weekday" || !f.bareWeekday || !next || next.evidence !== "explicit") return true;
    return !/^[\s,(]{0,3}$/.test(doc.text.slice(f.end, next.start));
  });
}

/** Raw dates of a text against a reference date (none: only dates with a written year). */
function parseAll(input: ParseInput): Found[] {
  const { doc, lang, ref } = input;
  if (lang === "ar") return parseArabic(doc.text, ref);
  const ranges = [...parseDayRanges(doc.text, ref), ...parseWrittenDays(doc.text, lang, ref)];
  const parsed = parseWithChrono(input).filter((f) => !ranges.some((r) => f.start < r.end && r.start < f.end));
  return [...ranges, ...parsed].sort((a, b) => a.start - b.start);
}

/**
 * Every date of a text (in text order), with evidence and role. Relative dates ("Friday", "yesterday",
 * a day without its year) resolve against `publishedOn`; without it, against the page's own date line, else
 * the latest date with its year in the dateline or lead (never an entry into force or a date still to come),
 * else they are dropped; a weekday with its day and month is kept when it falls once in `window` (the terms of the
 * officials the report names).
 */
export function findDates(doc: MatchDoc, lang: string, publishedOn?: string, window?: DateWindow): DateHit[] {
  const spans = <T>(lex: Lexicon<T>) =>
    lex.match(doc).map((m) => ({ start: m.span.start, end: m.span.end, data: m.data }));
  const cueSpans = spans(cues());
  const roleSpans = spans(roles());
  const verbs = spans(futureVerbs());
  const isFuture = (f: Found) => f.direction === "future" || afterFutureVerb(doc, verbs, f.start);
  let ref = publishedOn;
  let found = parseAll({ doc, lang, ref, cueSpans, window });
  let visit: Found | undefined;
  if (!ref) {
    // The page's own date line ("08 февраля 2023", "di X - 14 Novembre 2025") is the best stand-in for publication.
    // Else the report's own time as its opening states it (a dated dateline, a dated lead). A background date
    // further on ("the war that began on 15 April 2023") tells nothing of which week a bare "Thursday" is in.
    const dated = found.filter((f) => f.yearWritten && !isFuture(f));
    const { leadEnd } = leadOf(doc);
    const own = dated.filter((f) => roleOf(doc, roleSpans, f) !== "entry-into-force");
    ref =
      dated.find((f) => isPageDate(doc, f))?.date ??
      own
        .filter((f) => f.start < leadEnd)
        .map((f) => f.endDate ?? f.date)
        .sort()
        .at(-1);
    // Else the days of the visit the text states anywhere ("from the 5th to the 7th of November 2018"): a bare
    // weekday of the lead is the one that falls within them, and no other.
    if (!ref) {
      visit = own.filter((f) => f.endDate).sort((a, b) => b.date.localeCompare(a.date))[0];
      ref = visit?.endDate;
    }
    if (ref) found = parseAll({ doc, lang, ref, cueSpans, window });
  }
  const out: DateHit[] = [];
  for (const f of withoutGlossedWeekdays(doc, withoutNamedDays(doc.text, found))) {
    if (visit?.endDate && f.bareWeekday && (f.date < visit.date || f.date > visit.endDate)) continue;
    const future = isFuture(f);
    // "will visit Cairo on Friday": the coming Friday, not the last one.
    const date = future && f.bareWeekday ? fromDay(dayOf(f.date) + 7) : f.date;
    const span: Span = { start: f.start, end: f.end, text: doc.text.slice(f.start, f.end) };
    const hit: DateHit = { date, evidence: f.evidence, role: roleOf(doc, roleSpans, f), span };
    if (f.endDate) hit.endDate = f.endDate;
    if (future) hit.future = true;
    // A date line without its year is the page's too when it is the publication day ("12 июля" over the text).
    if ((f.yearWritten || f.date === publishedOn) && isPageDate(doc, f)) hit.pageDate = true;
    out.push(hit);
  }
  return out;
}
