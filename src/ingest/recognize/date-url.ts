/**
 * A page's URL as a stand-in for its publication when the page gives none: many sites file a report under its
 * year and month ("/society/2014/04/334592", "/2019/03/05/slug"). The month is the filing window: it completes a
 * day and month the text gives without a year ("25 апреля") when that day falls within it, and such a day may be
 * the report's news (event-date.ts). A month alone never dates a bare weekday or a "yesterday" (it tells no week),
 * nor a day outside the window (an earlier month's background: "lo scorso 4 maggio"). A path that gives the day too
 * ("/2023/04/22/slug") tells when the page came out: with no date line of the page's own, that day stands in for
 * publication (dates.ts, analyze.ts).
 */
import { daysBetween, type Found, isValid } from "./calendar";

/**
 * "/YYYY/MM/", "/YYYY/MM/DD/" or "/YYYY/MMDD/" (month and day run together: "/n3/2016/0319/c31617-…") as whole path
 * segments (not "/20190312", not "/2019-final/", not a year alone).
 */
const DATE_PATH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/?(0[1-9]|[12]\d|3[01]))?(?=[/?#]|$)/;

/**
 * A day written whole at the head of a path segment: "/2018-09-18-costa-visita", "/news/2016-04-06/slug", or run
 * together and tied to the page's name by an underscore ("/Paginas/20181016_NOT01.aspx"), to its slug by a hyphen
 * ("/africa/20100929-presidente-visita-india"), or to its slug through the article's number
 * ("/america-latina/201809031081694660-bolivia-peru-gabinete"). A bare run of eight figures ("/archive/20190312", or
 * "/archive/20190312-1") may be any number and tells nothing.
 */
const DAY_SEGMENT =
  /\/((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[-_/.?#]|$)|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:_|-|\d{8,12}-)\p{L})/u;

/**
 * A day run together as a whole path segment with more of the path after it ("/20230127/ratifitsirovano-…-1071627479.html",
 * "/angola/jornal-de-angola/20170211/281569470475165"), or with the hour and minute as the page's name
 * ("/stories/201811110146.html"): the day the page was filed. Not a run of eight figures that ends the path
 * ("/archive/20190312"), which may be any number.
 */
const DAY_RUN =
  /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/[^/]|(?:[01]\d|2[0-3])[0-5]\d\.[a-z]{3,4}$)/u;

/**
 * A day's short form after its year and month ("/2009/05/090517_lulareits_ir"): the year's last two figures and the
 * month again, then the day.
 */
const SHORT_DAY = /^(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[_-]/;

/** A year alone as a whole path segment before a slug ("/2018/cuba-y-espana-firman"): the year it was filed in. */
const YEAR_PATH = /\/((?:19|20)\d{2})\/(?=[\p{L}][^/]*[-_][^/]*)/u;

/**
 * A slug ending in the article's number and then a year ("/politics/view/talks-in-minsk-64867-2023/"): the year it was
 * filed in. A year right after words ("vision-2030", "novembre-2024") names a plan or an event, and is not one.
 */
const ID_YEAR_SLUG = /[-_]\d{3,}[-_]((?:19|20)\d{2})\/?$/;

/**
 * Whether a page's unlabelled date line is later than the day its URL files the page under: a site's header of the
 * day the page was read, not when it came out.
 */
export function readLater(line: string, filed: FilingWindow | undefined): boolean {
  return !!filed?.day && daysBetween(filed.day, line) > 0;
}

/** When the page was filed, as its URL tells: the first and last day it may be from. */
export interface FilingWindow {
  first: string;
  last: string;
  /** Only the year is told ("/2018/slug"): it completes a day and month, but dates no news by itself. */
  yearOnly?: true;
  /** The day too is told ("/2023/04/22/slug"): the day the page was filed, which stands in for its publication. */
  day?: string;
}

/** The filing window of a URL's date path, if it has one. */
export function filingWindow(url: string | undefined): FilingWindow | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = withShortDay(path, DATE_PATH.exec(path)) ?? daySegment(path) ?? dayRun(path);
  if (!m?.[1] || !m[2]) {
    const y = YEAR_PATH.exec(path)?.[1] ?? ID_YEAR_SLUG.exec(path)?.[1];
    return y ? { first: `${y}-01-01`, last: `${y}-12-31`, yearOnly: true } : undefined;
  }
  const [year, month] = [Number(m[1]), Number(m[2])];
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!isValid(year, month, day)) return undefined;
  const last = `${m[1]}-${m[2]}-${String(day).padStart(2, "0")}`;
  return { first: `${m[1]}-${m[2]}-01`, last, ...(m[3] ? { day: last } : {}) };
}

/** A year-and-month path completed by the day of the segment after it ("/2009/05/090517_slug"). */
function withShortDay(path: string, m: RegExpExecArray | null): RegExpExecArray | string[] | null {
  if (!m?.[1] || !m[2] || m[3]) return m;
  const next = SHORT_DAY.exec(path.slice((m.index ?? 0) + m[0].length + 1));
  return next && next[1] === m[1].slice(2) && next[2] === m[2] ? [m[0], m[1], m[2], next[3] ?? ""] : m;
}

/**
 * A day run together as a whole segment, in DATE_PATH's groups. A day still to come ("/agenda/20261115/forum") is an
 * event's the page announces, not when it was filed: a page cannot be filed after the day it is read.
 */
function dayRun(path: string): [string, string, string, string] | undefined {
  const m = DAY_RUN.exec(path);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}` > new Date().toISOString().slice(0, 10) ? undefined : [m[0], m[1], m[2], m[3]];
}

/** A day segment's year, month and day in DATE_PATH's groups. */
function daySegment(path: string): [string, string, string, string] | undefined {
  const m = DAY_SEGMENT.exec(path);
  const [month, day] = [m?.[2] ?? m?.[4], m?.[3] ?? m?.[5]];
  return m?.[1] && month && day ? [m[0], m[1], month, day] : undefined;
}

/** Whether a day falls within the filing window. */
export function inWindow(date: string, filed: FilingWindow): boolean {
  return date >= filed.first && date <= filed.last;
}

/**
 * The day-and-month dates of `parsed` (found against the window's last day) that `found` (found with no
 * reference) lacks and that fall within the window.
 */
export function completedByUrl(found: readonly Found[], parsed: readonly Found[], filed: FilingWindow): Found[] {
  return parsed.filter(
    (f) =>
      f.evidence === "explicit" && !f.yearWritten && inWindow(f.date, filed) && !found.some((g) => g.start === f.start),
  );
}
