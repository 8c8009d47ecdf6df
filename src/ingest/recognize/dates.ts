/**
 * Dates in a report, resolved against its publication date, each with its evidence and a role from the words
 * around it (signing, entry into force, the event itself, other). Parsing lives in date-parse.ts, the words
 * around a date in date-cues.ts, the page's own date line in date-page.ts; the event's date in event-date.ts.
 */
import { dayOf, fromDay } from "./calendar";
import {
  afterFutureVerb,
  cueSpans,
  directionAt,
  FUTURE_WEEKDAY_REACH,
  futureVerbSpans,
  opensFutureClause,
  presentSigningAhead,
} from "./date-cues";
import { roleOf, roleSpans } from "./date-roles";
import { isLabelledPageDate, isPageDate, isPublishedDate, isWireDateline, wireDay } from "./date-page";
import { afterTelling, toldToday } from "./date-told";
import { parseAll, withoutGlossedWeekdays } from "./date-parse";
import { onsetAt, onsetSpans } from "./date-onset";
import { withCoordinatedDays } from "./date-coordinated";
import { withVisitFirstDays } from "./date-visit-day";
import { isMarked, markerOf, markerSpans } from "./date-background";
import { afterLaterStep } from "./date-later-step";
import { closedRanges } from "./date-occasion";
import { completedByYear, latestMonthYear } from "./date-month-year";
import { beforeWindow, type DateWindow } from "./date-window";
import { leadOf } from "./event-date";
import { withoutNamedDays } from "./named-days";
import type { Found } from "./calendar";
import type { MatchDoc } from "../match/normalize";
import type { DateHit, Span } from "../types";
import { completedByUrl, type FilingWindow, inWindow, readLater } from "./date-url";
import { embeddedPostDay } from "./date-embeds";
import { weekdayDateInTextYear } from "./date-weekday-year";
import { weekdayGlossedByDay } from "./date-weekday-day";

export { daysBetween, toIsoDate } from "./calendar";
export { followsFutureVerb } from "./date-cues";
export { DATELINE_CHARS } from "./date-roles";
export { eventDateOf, leadOf, publicationDate } from "./event-date";

/**
 * Every date of a text (in text order), with evidence and role. Relative dates ("Friday", "yesterday",
 * a day without its year) resolve against `publishedOn`; without it, against the page's own date line, else
 * the latest date with its year in the dateline or lead (never an entry into force or a date still to come),
 * else they are dropped, except a day and month within the month its URL is `filed` under ("/2014/04/"); a
 * weekday with its day and month is kept when it falls once in `window` (the terms of the officials the report names).
 */
export function findDates(
  doc: MatchDoc,
  lang: string,
  publishedOn?: string,
  window?: DateWindow,
  filed?: FilingWindow,
): DateHit[] {
  const cues = cueSpans(doc);
  const roles = roleSpans(doc);
  const verbs = futureVerbSpans(doc);
  // The lead's end and its first sentence's end, read once and only when a rule asks (findDates may not).
  let leadEnds: { leadEnd: number; firstEnd: number } | undefined;
  const lead = () => {
    if (!leadEnds) {
      const { leadEnd, firstEnd = leadEnd } = leadOf(doc);
      leadEnds = { leadEnd, firstEnd };
    }
    return leadEnds;
  };
  const isFuture = (f: Found) =>
    f.direction === "future" ||
    afterFutureVerb(doc, verbs, f.start, f.bareWeekday ? FUTURE_WEEKDAY_REACH : undefined) ||
    (!!f.bareWeekday && opensFutureClause(doc, verbs, f.start, f.end)) ||
    (!!f.bareWeekday && presentSigningAhead(doc, f, ref));
  let ref = publishedOn;
  let found = parseAll({ doc, lang, ref, cueSpans: cues, window });
  // A wire copy filed days before the page: its "today" and weekdays are the filing day's.
  const filedOn = ref ? wireDay(doc, found, ref) : undefined;
  if (filedOn) {
    ref = filedOn;
    found = parseAll({ doc, lang, ref, cueSpans: cues, window });
  }
  let visit: Found | undefined;
  // A page's date line a wire dateline before it supersedes: the day the page was read, not when it was written.
  let readOn: number | undefined;
  // The anniversary and precedence words, read once for the report's own time and for every date's background.
  const markers = markerSpans(doc);
  if (!ref) {
    // The page's own date line ("08 февраля 2023", "di X - 14 Novembre 2025") is the best stand-in for publication.
    // Else the report's own time as its opening states it (a dated dateline, a dated lead). A background date
    // further on ("the war that began on 15 April 2023") tells nothing of which week a bare "Thursday" is in.
    const dated = found.filter((f) => f.yearWritten && !isFuture(f));
    const { leadEnd, firstEnd } = lead();
    // Nor a date of background: what an anniversary marks, or one no word ties to a happening past the first sentence.
    // …or a day past the first sentence well before every named official took office (date-window.ts).
    const beforeOfficials = (f: Found) => f.start >= firstEnd && beforeWindow(f.endDate ?? f.date, window);
    const background = (f: Found) =>
      isMarked(doc, markers, { start: f.start, end: f.end, text: doc.text.slice(f.start, f.end) }) ||
      (f.start >= firstEnd && roleOf(doc, roles, f) === "other") ||
      beforeOfficials(f);
    const own = dated.filter((f) => roleOf(doc, roles, f) !== "entry-into-force");
    // A date line later than the day the URL files the page under is a site's header of the day it was read.
    const pageLine = dated.find((f) => isPageDate(doc, f))?.date;
    ref =
      dated.find((f) => isPublishedDate(doc, f))?.date ??
      (pageLine && !readLater(pageLine, filed) ? pageLine : undefined) ??
      // Else the day its URL files it under ("/2023/04/22/slug"): the day the page came out.
      filed?.day ??
      own
        .filter((f) => f.start < leadEnd && !background(f))
        .map((f) => f.endDate ?? f.date)
        .sort()
        .at(-1) ??
      // Else the day of the latest post the report embeds, on or after which it was written (date-embeds.ts).
      embeddedPostDay(doc.text) ??
      // Else a weekday glossed by its day ("neste sábado (19)") that falls once in the URL's filing window.
      weekdayGlossedByDay(doc.text, filed) ??
      // Else a weekday written with its day and month in the latest year the text writes, if it falls then.
      weekdayDateInTextYear(doc.text);
    // Else the days of the visit the text states anywhere ("from the 5th to the 7th of November 2018"): a bare
    // weekday of the lead is the one that falls within them, and no other.
    if (!ref) {
      // …but not days of background ("the previous session, in Nouakchott on 23–24 April 2013" beside a prime minister
      // in office since 2021).
      visit = own.filter((f) => f.endDate && !beforeOfficials(f)).sort((a, b) => b.date.localeCompare(a.date))[0];
      ref = visit?.endDate;
    }
    if (ref) found = parseAll({ doc, lang, ref, cueSpans: cues, window });
    // A wire dateline before that day is when the report was written ("Hanói, 14 mar (Agencia)" on a page showing
    // the day it is read): its "hoy" and weekdays are the dateline's, and the page's date line tells nothing more.
    const readDay = ref;
    const wire = readDay
      ? found.find((f) => f.evidence === "explicit" && f.date < readDay && isWireDateline(doc.text, f.start, f.end))
      : undefined;
    if (wire) {
      readOn = found.find((f) => f.date === readDay && isPageDate(doc, f))?.start;
      ref = wire.date;
      found = parseAll({ doc, lang, ref, cueSpans: cues, window });
    }
    // Else the URL's year and month complete a day and month the text gives without a year (date-url.ts).
    if (!ref && filed && !filed.yearOnly) {
      const parsed = parseAll({ doc, lang, ref: filed.last, cueSpans: cues, window });
      found = [...found, ...completedByUrl(found, parsed, filed)].sort((a, b) => a.start - b.start);
    }
    // Else the year its URL files it under ("/2018/slug"), else that of the latest month the text names with its year
    // ("В марте 2018 года"), completes a day and month
    // it gives without one ("20 июля"); a weekday or "today" stays undated.
    const year =
      ref || (filed && !filed.yearOnly) ? undefined : (filed?.first ?? latestMonthYear(doc.text))?.slice(0, 4);
    if (year) {
      const parsed = parseAll({ doc, lang, ref: `${year}-07-01`, cueSpans: cues, window });
      // A day still to come ("du 13 au 14 juin prochain") tells nothing of which year the report is from.
      const past = completedByYear(found, parsed, year).filter(
        (f) => !isFuture(f) && directionAt(doc, cues, f.start, f.end) !== "future",
      );
      found = [...found, ...past].sort((a, b) => a.start - b.start);
    }
  }
  found = withVisitFirstDays(doc.text, withCoordinatedDays(doc.text, found), ref, isFuture);
  const out: DateHit[] = [];
  const onsets = onsetSpans(doc);
  // Whether the report has a date that no "preceded by" marks (asked once, when a date after one is met).
  let besideOther: boolean | undefined;
  const hasOtherDate = () =>
    (besideOther ??= found.some(
      (g) => !markerOf(doc, markers, { start: g.start, end: g.end, text: doc.text.slice(g.start, g.end) })?.preceded,
    ));
  const closed = closedRanges(doc);
  for (const f of withoutGlossedWeekdays(doc, withoutNamedDays(doc.text, found))) {
    if (visit?.endDate && f.bareWeekday && (f.date < visit.date || f.date > visit.endDate)) continue;
    if (f.start === readOn) continue;
    const future = isFuture(f);
    // "will visit Cairo on Friday": the coming Friday, not the last one.
    let date = future && f.bareWeekday ? fromDay(dayOf(f.date) + 7) : f.date;
    // A wire filed a day ahead of the page's UTC stamp: its "today" or "Friday" is the page's day in UTC.
    if (!future && publishedOn && filedOn && filedOn > publishedOn && f.evidence === "weekday" && date > publishedOn)
      date = publishedOn;
    const span: Span = { start: f.start, end: f.end, text: doc.text.slice(f.start, f.end) };
    const hit: DateHit = { date, evidence: f.evidence, role: roleOf(doc, roles, f), span };
    // "Au terme d'un séjour du 25 au 29 mars, … ont signé": what the clause tells happened on the range's last day.
    if (f.endDate && !future && closed(f.start, f.end)) Object.assign(hit, { date: f.endDate, role: "event" });
    else if (f.endDate) hit.endDate = f.endDate;
    if (future) hit.future = true;
    const onset = onsetAt(doc, onsets, f.start, f.end);
    if (onset) hit.onset = onset;
    const marker = f.evidence === "explicit" ? markerOf(doc, markers, span) : undefined;
    // What came before the happening is background beside another date; alone, it may be the happening's own day.
    if (marker && (!marker.preceded || hasOtherDate())) hit.background = true;
    // Without a publication date, a day told past the lead's first sentence well before the named officials took office
    // is the report's background (the officials list may lack an earlier term: the lead's own day stays).
    else if (!publishedOn && window && f.start >= lead().firstEnd && beforeWindow(hit.endDate ?? date, window))
      hit.background = true;
    // "approved the treaty signed in New York on 19 September 2022": the signing's day is the instrument's background.
    else if (hit.role === "signing" && afterLaterStep(doc, roles, span)) hit.background = true;
    if (f.evidence === "weekday" && toldToday(doc.text, f.start, f.end)) hit.told = true;
    else if (f.evidence === "weekday" && afterTelling(doc.text, f.start)) hit.toldOn = true;
    // A date line without its year is the page's too when it is the publication day ("12 июля" over the text).
    // …and a day an update line gives ("Dernière mise à jour à 08h50 le 08/12"), when the URL's filing window, if any,
    // holds it and no day the text writes comes after it (a day and month read in the wrong order, or a stale line,
    // would cap the report's own days).
    const labelled = () =>
      isLabelledPageDate(doc, f) &&
      (!filed || filed.yearOnly || inWindow(f.date, filed)) &&
      !found.some((g) => g !== f && g.evidence === "explicit" && (g.endDate ?? g.date) > f.date);
    if (((f.yearWritten || f.date === publishedOn) && isPageDate(doc, f)) || labelled()) {
      hit.pageDate = true;
      if (isPublishedDate(doc, f)) hit.published = true;
    }
    out.push(hit);
  }
  return out;
}
