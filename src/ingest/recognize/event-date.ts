/**
 * Which of a report's dates is the date of the happening it reports. The lead's own date wins over a
 * background date in another clause ("nine months after their meeting of 26 September 2024") and over a
 * wire dateline's filing day; no event lands after publication (or, without one, after the latest date the
 * text supports); a date still to come or an old signing is never the report's event, nor an entry into force
 * unless the lead tells it as just past; the day a stay began ("since Sunday") ranks last, and an arrival told
 * after the lead never stands in for the publication day.
 */
import { daysBetween } from "./calendar";
import { DATELINE_REACH, datelineOfDoc } from "./dateline";
import { roleSpans } from "./date-roles";
import { type FilingWindow, inWindow } from "./date-url";
import { sentenceAt, type MatchDoc } from "../match/normalize";
import { firstProse } from "./heading-lines";
import { EVIDENCE_RANK } from "../plan/ranks";
import type { DateHit } from "../types";

/** Where a report's dateline starts and ends (both 0 without one) and where its lead ends, as text offsets. */
export interface Lead {
  datelineStart: number;
  datelineEnd: number;
  leadEnd: number;
  /** Where the lead's first sentence starts, past the heading lines atop it. */
  leadStart?: number;
  /** Where the lead's first sentence ends (a short one takes the next into the lead). */
  firstEnd?: number;
  /**
   * Where the sentence after the lead ends, when it tells a signing: it may date what the lead tells undated ("The
   * signings took place on…", "Ces accords ont été signés lors de la visite effectuée du 17 au 19 octobre").
   */
  nextEnd?: number;
}

/** A lead shorter than this (a dateline split off, a one-line teaser) takes the next sentence too. */
const SHORT_LEAD = 100;
/** Dates in a dateline or lead within these characters count when no lead is given. */
const OPENING_CHARS = 320;
/** A date this many days older than publication is background when a more recent one is eligible. */
const BACKGROUND_DAYS = 30;
/** An entry into force the lead tells is the news this long after it (a government's release of the week). */
const ENTRY_NEWS_DAYS = 7;
/** A signing or unqualified date counts only this close to publication. */
const NEAR_PUBLICATION = 3;

/** A short line of its own that ends in a day with its year ("Pressemitteilung vom 21. Dezember 2010", "13 мая 2024"). */
const DATE_LINE = /(?:^|\n)[ \t]*([^\n]{0,40}\d[^\n]{0,20}(?:19|20)\d\d)[ \t]*(?=\n)/gu;

/** A date line has at most this many words (a label, the day, the month, the year, a time): more is a sentence. */
const DATE_LINE_WORDS = 8;

/** Where the page's own date line near the top ends: what comes before it is the page's, not the report's. */
function afterDateLine(text: string): number {
  for (const m of text.slice(0, DATELINE_REACH).matchAll(DATE_LINE)) {
    const line = m[1] ?? "";
    if (line.trim().split(/\s+/).length <= DATE_LINE_WORDS) return (m.index ?? 0) + m[0].length;
  }
  return 0;
}

/**
 * The dateline and lead of a text; without a dateline, the lead starts after the page's date line near the top, if
 * any (site names, menus and links come before it), and after the lines atop it that are no sentence.
 */
export function leadOf(doc: MatchDoc): Lead {
  const dateline = datelineOfDoc(doc);
  const datelineEnd = dateline?.end ?? 0;
  const top = dateline ? 0 : afterDateLine(doc.text);
  const start =
    (top > 0
      ? doc.sentences.find((s) => s.start >= top)
      : (sentenceAt(doc, datelineEnd) ?? doc.sentences.find((s) => s.start >= datelineEnd))) ?? doc.sentences[0];
  const first = dateline ? start : firstProse(doc, start);
  const firstEnd = first?.end ?? Math.min(doc.text.length, OPENING_CHARS);
  let leadEnd = firstEnd;
  if (first && leadEnd - datelineEnd < SHORT_LEAD) {
    const next = doc.sentences[doc.sentences.indexOf(first) + 1];
    if (next) leadEnd = next.end;
  }
  const after = doc.sentences.find((x) => x.start >= leadEnd);
  const signs =
    after && roleSpans(doc).some((r) => r.data === "signing" && r.start >= after.start && r.end <= after.end);
  return {
    datelineStart: dateline?.start ?? 0,
    datelineEnd,
    leadEnd,
    leadStart: first?.start ?? datelineEnd,
    firstEnd,
    ...(after && signs ? { nextEnd: after.end } : {}),
  };
}

/** The latest day a report supports without a publication date (a range's last): written, not to come, no deadline. */
function latestSupported(dates: readonly DateHit[]): string | undefined {
  const page = dates.find((d) => d.pageDate && !d.future);
  if (page) return page.date;
  return dates
    .filter((d) => d.evidence === "explicit" && !d.future && d.role !== "entry-into-force")
    .map((d) => d.endDate ?? d.date)
    .sort()
    .at(-1);
}

/**
 * The date of the happening reported: the latest date of the lead, else the dateline's, else an explicit date
 * of the event elsewhere (or a signing or any date at most 3 days before publication, or, without a publication
 * date, within the month the URL is `filed` under), else a weekday, else the publication date. Between two equal dates, the explicit one is kept (it carries the better evidence).
 */
export function eventDateOf(
  dates: readonly DateHit[],
  publishedOn?: string,
  lead?: Lead,
  filed?: FilingWindow,
  doc?: MatchDoc,
): DateHit | undefined {
  const ceiling = publishedOn ?? latestSupported(dates);
  const start = (d: DateHit) => d.span?.start ?? Number.POSITIVE_INFINITY;
  const tier = (d: DateHit) => {
    // The page's own date stands in for publication: the fallback when nothing else dates the happening.
    if (d.pageDate) return 3;
    // "desde el pasado domingo": the day a stay began is no news of the lead.
    // …nor a visitor's arrival told aside in a relative clause (", who flew in yesterday evening").
    if (!lead || !d.span || d.onset === "since" || d.onset === "aside") return 2;
    if (start(d) >= lead.datelineStart && start(d) < lead.datelineEnd) return 1;
    return start(d) >= lead.datelineEnd && start(d) < lead.leadEnd ? 0 : 2;
  };
  // A lead that tells its happening with no day of its own ("Ghana and Qatar have signed…") may be dated by the
  // sentence right after it ("The signings took place on Christmas Eve"): a signing's day there counts as the lead's.
  const leadDated = dates.some((d) => !d.future && !d.background && !d.pageDate && tier(d) === 0);
  const datesLead = (d: DateHit) =>
    !leadDated &&
    (d.role === "signing" || d.role === "event") &&
    lead?.nextEnd !== undefined &&
    start(d) < lead.nextEnd &&
    tier(d) === 2;
  const candidates = (told: boolean) => dates.filter((d) => (told ? d.toldOn : !d.toldOn) && eligibleDate(d));
  const eligibleDate = (d: DateHit) => {
    if (d.future || d.background || d.told) return false;
    // An entry into force is the news only when the lead tells it as just past ("est entré en vigueur le 19 mars").
    // Without a publication date, one the lead's sentence tells (not to come; not a heading's status line) is the
    // news it has.
    if (d.role === "entry-into-force")
      return (
        tier(d) === 0 &&
        (publishedOn
          ? daysBetween(d.date, publishedOn) <= ENTRY_NEWS_DAYS
          : start(d) >= (lead?.leadStart ?? Number.POSITIVE_INFINITY))
      );
    if (ceiling && d.date > ceiling) return false;
    // Without a publication date, the page's own date line stands for it whatever words follow it: the fallback
    // (tier 3) when nothing else dates the happening.
    if (d.pageDate && !publishedOn) return true;
    // A visitor's arrival told after the lead ("he arrived on Sunday evening") is not the lead's happening:
    // the publication day stands in for an undated lead rather than it.
    if (publishedOn && (d.onset === "arrival" || d.onset === "aside") && tier(d) === 2) return false;
    // A visit's days told after the lead that run to publication ("the visit lasts two days, 18–19 January" in a
    // report of the 19th) do not say which of them the lead's happening took: the publication day stands in.
    if (publishedOn && d.endDate && tier(d) === 2 && !datesLead(d) && d.date <= publishedOn && publishedOn <= d.endDate)
      return false;
    // A happening told after the lead's first sentence a month or more before publication ("the previous summit took
    // place in Lanzarote on 15 March 2023", also as the second sentence a short lead takes in) is background: the
    // publication day stands in for an undated lead rather than it.
    const afterFirst = (tier(d) === 2 && !datesLead(d)) || (tier(d) === 0 && start(d) >= (lead?.firstEnd ?? 0));
    if (publishedOn && afterFirst && daysBetween(d.date, publishedOn) > BACKGROUND_DAYS) return false;
    if (d.role === "event") return true;
    // The lead's own day ("signed on 7 May", "am siebten Mai") is the happening's when publication can follow it:
    // the page's date line is only when the report came out.
    if (publishedOn && (tier(d) === 0 || datesLead(d))) return daysBetween(d.date, publishedOn) <= BACKGROUND_DAYS;
    if (publishedOn) return daysBetween(d.date, publishedOn) <= NEAR_PUBLICATION;
    // Without one, a day of the month the URL files the page under is as near publication as the text can tell.
    if (filed && !filed.yearOnly && inWindow(d.date, filed)) return true;
    // A date no word ties to the happening, past the lead's first sentence, is background ("diplomatic relations were
    // established on 25 March 1992" after "pays an official visit today"): none rather than it.
    if (d.role === "other") return tier(d) === 1 || (tier(d) === 0 && start(d) < (lead?.firstEnd ?? OPENING_CHARS));
    return tier(d) < 2 || start(d) < OPENING_CHARS;
  };
  // The day a report was told ("…, the ministry said on Tuesday") gives way only to a signing's own day ("the
  // agreements were signed on Monday"), not to a background one ("negotiators had met on Saturday").
  let eligible = candidates(false);
  if (!eligible.some((d) => d.role === "signing")) eligible = [...eligible, ...candidates(true)];
  if (ceiling) {
    const recent = eligible.filter((d) => daysBetween(d.date, ceiling) <= BACKGROUND_DAYS);
    if (recent.length > 0) eligible = recent;
  }
  const ranked = eligible
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        // A day the sentence after an undated lead gives its signing outranks the wire's dateline ("Addis Ababa June
        // 30/2021 (ENA) An agreement … has been signed…. Putting their names to the agreement on Tuesday were…").
        (datesLead(a.d) ? 0 : tier(a.d)) - (datesLead(b.d) ? 0 : tier(b.d)) ||
        // A stay's first day ("since Sunday") only when nothing else dates the happening.
        Number(a.d.onset === "since") - Number(b.d.onset === "since") ||
        // In the lead, a signing's day is the news ("signed on 24 November … beside the summit that opened on the 25th"),
        // else the latest date; the others are its background.
        (tier(a.d) === 0 ? Number(b.d.role === "signing") - Number(a.d.role === "signing") : 0) ||
        (tier(a.d) === 0 ? b.d.date.localeCompare(a.d.date) : 0) ||
        // Better evidence first (the shared order ranks explicit highest).
        EVIDENCE_RANK[b.d.evidence] - EVIDENCE_RANK[a.d.evidence] ||
        Number(b.d.role === "event") - Number(a.d.role === "event") ||
        a.i - b.i,
    );
  const best = ranked[0]?.d;
  // The page's own date line is when the report was published, not a statement of when the happening was.
  if (best?.pageDate) return { date: best.date, evidence: "published", role: "event" };
  // Two ranges of one visit ("24-25 May" in a heading, "from 23 to 25 May" in the text): it starts on the earlier
  // start.
  const wider = best?.endDate
    ? ranked.find((r) => r.d.endDate && r.d.date < best.date && best.date <= r.d.endDate)?.d
    : undefined;
  const range = wider ?? (best?.endDate ? best : undefined);
  if (range) return dayWithin(range, dates, ceiling) ?? closingDay(range, ceiling, doc) ?? range;
  if (best) {
    const same = ranked.find(
      (r) => r.d.date === best.date && EVIDENCE_RANK[r.d.evidence] > EVIDENCE_RANK[best.evidence],
    );
    return same?.d ?? best;
  }
  return publicationDate(publishedOn);
}

/**
 * The one day inside a visit's range (`range`) that the text gives its signing or talks ("from March 23 to 25" …
 * "met on Tuesday", "firmaron el martes 24"): a signing's day before a meeting's; none when they name several days.
 */
function dayWithin(range: DateHit, dates: readonly DateHit[], ceiling: string | undefined): DateHit | undefined {
  const end = range.endDate ?? range.date;
  const inside = dates.filter(
    (d) =>
      !d.endDate &&
      !d.future &&
      !d.onset &&
      !d.pageDate &&
      (d.role === "event" || d.role === "signing") &&
      d.date >= range.date &&
      d.date <= end &&
      (!ceiling || d.date <= ceiling),
  );
  const signing = inside.filter((d) => d.role === "signing");
  const days = signing.length > 0 ? signing : inside;
  if (new Set(days.map((d) => d.date)).size !== 1) return undefined;
  return [...days].sort((a, b) => EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence])[0];
}

/**
 * A meeting's range whose sentence tells it ended ("Tenue du 22 au 24 octobre, la réunion s'est achevée sans
 * accord", "the talks held from 22 to 24 October closed on…"): the news is its close, on the range's last day.
 */
const CLOSING =
  /(?<!\p{L})(?:ended|closed|concluded|wrapped up|s'est (?:achevée?s?|terminée?s?|clôturée?s?|conclue?s?)|ont pris fin|a pris fin|si (?:è|sono) conclus[oaie]|(?:è|sono) terminat[oaie]|concluyó|concluyeron|terminó|finalizó|clausuró|terminou|terminaram|encerrou|encerraram|concluiu|endete|endeten|gingen zu Ende|ging zu Ende|завершил(?:ся|ась|ось|ись)|закончил(?:ся|ась|ось|ись))(?![\p{L}-])|(?:^|\s)(?:اختتمت|اختتم|انتهت|انتهى|اختُتمت)(?=\s|$)/iu;

function closingDay(range: DateHit, ceiling: string | undefined, doc: MatchDoc | undefined): DateHit | undefined {
  if (!doc || !range.endDate || !range.span || (ceiling && range.endDate > ceiling)) return undefined;
  const sentence = sentenceAt(doc, range.span.start);
  const text = sentence ? doc.text.slice(sentence.start, sentence.end) : "";
  if (!CLOSING.test(text)) return undefined;
  const { endDate: _end, ...day } = range;
  return { ...day, date: range.endDate };
}

/** The publication date standing in for the happening's, when a report states none of its own. */
export function publicationDate(publishedOn: string | undefined): DateHit | undefined {
  return publishedOn ? { date: publishedOn, evidence: "published", role: "event" } : undefined;
}
