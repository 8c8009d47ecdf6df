/**
 * RFC 5545 iCalendar text: CRLF line endings, TEXT escaping (§3.3.11) and line folding at 75 octets
 * (§3.1) that never splits a UTF-8 sequence (Arabic and Cyrillic letters are two octets each).
 */

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (§3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds one content line: the first physical line holds at most 75 octets, each continuation starts
 * with a space and holds at most 74 more. Splits happen between code points only.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit) {
      out.push(current);
      current = "";
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** An all-day date value (`VALUE=DATE`): YYYYMMDD. */
export function icsDate(iso: string): string {
  return iso.slice(0, 10).replaceAll("-", "");
}

/** The day after a `YYYY-MM-DD` date (DTEND of an all-day event is exclusive, §3.6.1). */
export function nextDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME (`20250228T101500Z`) from an ISO instant. */
export function icsDateTime(isoInstant: string): string {
  const d = new Date(isoInstant);
  const safe = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return `${safe.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

export interface CalendarEntry {
  uid: string;
  /** When our record last changed (DTSTAMP): stable across requests, so the body is too. */
  stamp: string;
  start: string;
  /** Inclusive last day of a range, when the happening spans several days. */
  end: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  categories: string[];
}

/** Renders a VCALENDAR with one all-day VEVENT per entry. */
export function renderCalendar(name: string, entries: readonly CalendarEntry[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//bilateral.dev//Bilateral//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of entries) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsDateTime(e.stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(e.end ?? e.start))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
    lines.push(`URL:${e.url}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
