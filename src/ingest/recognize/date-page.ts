/**
 * The page's own date line: a date ending a short line of its own near the top, or after a byline's label
 * ("Publié le", "Published on", "نشر في"). It stands for publication, not for the happening.
 */
import type { MatchDoc } from "../match/normalize";
import { dayOf, type Found } from "./calendar";

/** A byline's label before the page's date: "Publié le", "Published on", "Pubblicato il", "Опубликовано", "نشر في". */
const PUBLISHED_LABEL =
  /(?:published|updated|last update|publié|mis à jour|pubblicato|aggiornato|aggiornamento|publicado|actualizado|actualización|atualizado|atualização|veröffentlicht|aktualisiert|aktualisierung|stand|опубликовано|обновлено|обновление|نشر|تاريخ النشر|آخر تحديث)\s*(?:on|le|il|el|em|am|в|في)?\s*:?\s*$/iu;
/** A time stamp closing the text before a day ("Published: 14:19, "). */
const CLOCK_BEFORE = /\d{1,2}[:h]\d{2}\s*,?\s*$/u;
/** …of publication only, not of an update: the day the report came out. */
const PUBLISHED_ONLY =
  /(?:published|publié|pubblicato|publicado|veröffentlicht|опубликовано|نشر|تاريخ النشر)\s*(?:on|le|il|el|em|am|в|في)?\s*:?\s*$/iu;
/** An update label and its date after the page's date on its line ("01.10.2024 - Обновление : 01.10.2024"). */
const UPDATE_AFTER =
  /^\s*[-|–—]?\s*(?:updated|last update|mis à jour|aggiornato|aggiornamento|actualizado|actualización|atualizado|atualização|aktualisiert|aktualisierung|обновлено|обновление|آخر تحديث)\s*(?:on|le|il|el|em|am|в|في)?\s*:?\s*[\d./: -]+$/iu;
/** A byline's label opening its line, its outlet or author between it and the date ("Publié dans X par Y le"). */
const LABEL_OPENING =
  /^\s*(?:published|publié|pubblicato|publicado|veröffentlicht|опубликовано|نشر)(?=[\s:])[^\n!?]{0,80}$/iu;
/**
 * An edition's or issue's own date ("dans cette édition du 15 septembre 2022", "N. 210 - 6 novembre 2003", "номер от
 * 5 мая"): the page's date, not a happening's.
 */
const EDITION =
  /(?:(?:edition|issue|édition|numéro|edizione|numero|edición|número|edição|ausgabe|выпуск|номер|العدد)(?:\s+(?:of|dated|du|del|de|do|da|vom|от|الصادر|في|بتاريخ))*|\b(?:n|no|nº|n°|№)\.?\s*\d{1,5}\s*[-–—,]?)\s*$/iu;

/** A clock time ("09:33", "15:07"): by a date on a short line of its own, it makes that line the page's time stamp. */
export const CLOCK = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/u;

/** How far into a text, and how long a line, a page's own date line may be. */
const PAGE_DATE_REACH = 400;
const PAGE_DATE_LINE = 60;
/**
 * At most this many words before the date on a page's date line ("Giovanna Bianchi 8 giugno 2025", "J. Doe |
 * 12.03.2026"): more make a sentence ("The presidents held talks in Accra on 11 March 2026."), whose date is its own.
 */
const PAGE_DATE_WORDS_BEFORE = 4;

/**
 * An agency's credit closing its copy, with the day it was filed: "(MAP-12/12/2020)", "(APS - 3.4.2021)". Its date
 * is the report's own, wherever the page puts the credit.
 */
const CREDIT_BEFORE = /\(\s*\p{Lu}{2,8}\s*[-–—]\s*$/u;
const CREDIT_AFTER = /^\s*\)/u;

/** A source credit's label ("Fonte:", "Source:", "Quelle:", "Источник:", "المصدر:"). */
const SOURCE_LABEL = /(?:^|[\s(])(?:fonte|source|fuente|quelle|источник|المصدر)\s*:/iu;
/** A credit line is this short at most. */
const CREDIT_LINE = 80;

/**
 * Whether a date stands on a short line of its own that credits the report's source, wherever it is ("(18/05/2015
 * Fonte: AGENCY)", "Source: AGENCY, 18 May 2015"): the day the report was filed.
 */
function sourceCredit(doc: MatchDoc, start: number, end: number): boolean {
  const lineStart = doc.text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", end);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  return line.trim().length <= CREDIT_LINE && SOURCE_LABEL.test(line);
}

/** A date's text and where it starts, past the blank line a parser's match may open with. */
function trimmed(doc: MatchDoc, f: Found): { raw: string; start: number } {
  const raw = doc.text.slice(f.start, f.end);
  return { raw, start: f.start + raw.length - raw.trimStart().length };
}

/**
 * Whether a date ends a short line of its own near the top (the page's date, or a byline's, not the lead's), or is
 * the filing day of an agency's credit.
 */
export function isPageDate(doc: MatchDoc, f: Found): boolean {
  const { raw, start } = trimmed(doc, f);
  if (CREDIT_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start)) && CREDIT_AFTER.test(doc.text.slice(f.end)))
    return true;
  if (sourceCredit(doc, start, f.end)) return true;
  if (start > PAGE_DATE_REACH) return false;
  const lineStart = doc.text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", f.end);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  const after = doc.text.slice(f.end, lineEnd < 0 ? doc.text.length : lineEnd);
  const before = doc.text.slice(lineStart, start);
  if (PUBLISHED_LABEL.test(before) || LABEL_OPENING.test(before) || EDITION.test(before)) return true;
  if (UPDATE_AFTER.test(after)) return true;
  // A time stamp ("09:33 . 31/01/2023 Tuesday", "2011-05-25 15:07"): when the page came out, whatever word follows.
  if (
    line.trim().length <= PAGE_DATE_LINE &&
    (CLOCK.test(before) || CLOCK.test(after) || CLOCK.test(raw)) &&
    !/\p{L}{3}/u.test(before)
  )
    return true;
  // Nothing but a stray letter or two may follow the day (a link's "a" or "à"); a word after it is the lead's.
  const wordsBefore = before.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return line.trim().length <= PAGE_DATE_LINE && !/\p{L}{3}/u.test(after) && wordsBefore <= PAGE_DATE_WORDS_BEFORE;
}

/**
 * An update label opening its line, maybe after one word ("Dernière mise à jour à 08h50 le", "Last updated at 08:50
 * on", "Aggiornato alle 08:50 del"), right before a day: the line says when the page was last written.
 */
const UPDATE_LINE =
  /^\s*(?:\p{L}+\s+)?(?:updated|update|mise? à jour|aggiornat[oa]|actualizad[oa]|atualizad[oa]|aktualisiert|обновлено|آخر تحديث)\s*(?:(?:at|à|alle|a las|às|um|в|الساعة)\s*\d{1,2}[:h.]\d{2}\s*(?:h|uhr)?\s*,?\s*)?(?:on|le|il|el|em|am|в|في|del|de)?\s*:?\s*$/iu;

/**
 * Words of a clock time after an update's day ("à 08h50", "um 8:50 Uhr", "alle 08:50"), whole words (a JavaScript
 * `\b` knows no "à").
 */
const UPDATE_TIME_WORDS = /(?<!\p{L})(?:uhr|um|at|alle|às|as|a las|à)(?!\p{L})/giu;

/**
 * Whether a day near the top is an update line's, with or without its year ("Dernière mise à jour à 08h50 le 08/12"):
 * when the page was last written, never the happening's own day, and no earlier than it. Only an update label that
 * opens its line: a verb of updating in a sentence ("a mis à jour le 5 mars sa liste") tells another happening, and a
 * publication day may come before the happening an update reports.
 */
export function isLabelledPageDate(doc: MatchDoc, f: Found): boolean {
  const { start } = trimmed(doc, f);
  if (start > PAGE_DATE_REACH) return false;
  const lineStart = doc.text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", f.end);
  // Nothing but a clock time may follow the day on its line ("… le 08/12 à 08h50"), not a sentence's words.
  const after = doc.text.slice(f.end, lineEnd < 0 ? doc.text.length : lineEnd).replace(UPDATE_TIME_WORDS, "");
  return UPDATE_LINE.test(doc.text.slice(lineStart, start)) && !/\p{L}{2}/u.test(after);
}

/**
 * Whether a page date is labelled as the day the report came out ("Published: 14:19, 21 April 2026", "Publié le :
 * 21 avril 2026"): it outweighs a bare date line above it, which may be the day the page is read.
 */
export function isPublishedDate(doc: MatchDoc, f: Found): boolean {
  if (!isPageDate(doc, f)) return false;
  const { start } = trimmed(doc, f);
  const before = doc.text.slice(doc.text.lastIndexOf("\n", start - 1) + 1, start);
  // A clock before the day ("14:19, 21 April 2026") stands between the label and it.
  return PUBLISHED_ONLY.test(before.replace(CLOCK_BEFORE, "")) || LABEL_OPENING.test(before);
}

/** A wire dateline's date is followed by its agency in brackets and a dash ("Díli, 26 jan (Lusa) -"). */
const WIRE_AFTER = /^\.?\s*\([^()\n]{2,40}\)\s*[-–—]/u;
/**
 * …or opens the text after its place, closed by a colon, a dash or its agency between slashes ("Islamabad, December
 * 22, 2026: …", "МОСКВА, 22 декабря. /Агентство/.", "القاهرة في 22 ديسمبر /وكالة/").
 */
const PLACE_BEFORE = /^\s*(?:\p{Lu}[\p{L}'’ .-]{1,30},|[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+)?\s+في)\s*$/u;
const DATELINE_CLOSE = /^\s*(?:[:–—-]\s|\.?\s*\/[^/\n]{2,40}\/)/u;
/** A wire copy a page carries at most this many days after it was filed. */
const WIRE_DELAY = 7;

/** A place opening its line before a dateline's date ("Hanói, "), and the agency in brackets after it ("(EFE)"). */
const LINE_PLACE_BEFORE = /(?:^|\n)[^\S\n]*\p{Lu}[\p{L}'’ .-]{1,30},[^\S\n]*$/u;
const AGENCY_AFTER = /^\.?\s*\([^()\n]{2,40}\)/u;

/**
 * Whether a date found at [start, end) is a wire dateline's, anywhere in the text: "Díli, 26 jan (Lusa) -", or a
 * place opening its line, the date, then the agency or the dateline's close ("Hanói, 14 mar (Agencia) El…",
 * "МОСКВА, 22 декабря. /ТАСС/."). A wire is filed before the page that carries it.
 */
export function isWireDateline(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  if (WIRE_AFTER.test(after)) return true;
  return (
    LINE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    (AGENCY_AFTER.test(after) || DATELINE_CLOSE.test(after))
  );
}

/**
 * The day a wire dateline gives when it is before the page's date ("Díli, 26 jan (Lusa) -" on a page of the 28th,
 * "Islamabad, December 22, 2026: … here today" on one of the 23rd), or the day after it (a wire filed in its own
 * time zone, a day ahead of the page's UTC stamp): the day the report was written, against which its "today" and
 * weekdays are read.
 */
export function wireDay(doc: MatchDoc, found: readonly Found[], published: string): string | undefined {
  const wire = found.find((f) => {
    if (f.evidence !== "explicit") return false;
    const after = doc.text.slice(f.end, f.end + 50);
    return WIRE_AFTER.test(after) || (PLACE_BEFORE.test(doc.text.slice(0, f.start)) && DATELINE_CLOSE.test(after));
  });
  if (!wire || wire.date === published) return undefined;
  const delay = dayOf(published) - dayOf(wire.date);
  if (delay > WIRE_DELAY || delay < -1) return undefined;
  return wire.date;
}
