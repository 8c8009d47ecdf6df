/**
 * The page's own date line: a date ending a short line of its own near the top, or after a byline's label
 * ("Publié le", "Published on", "نشر في"). It stands for publication, not for the happening.
 */
import type { MatchDoc } from "../match/normalize";
import type { Found } from "./calendar";

/** A byline's label before the page's date: "Publié le", "Published on", "Pubblicato il", "Опубликовано", "نشر في". */
const PUBLISHED_LABEL =
  /(?:published|updated|publié|mis à jour|pubblicato|aggiornato|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|опубликовано|обновлено|نشر|تاريخ النشر)\s*(?:on|le|il|el|em|am|в|في|:)?\s*$/iu;
/** How far into a text, and how long a line, a page's own date line may be. */
const PAGE_DATE_REACH = 400;
const PAGE_DATE_LINE = 60;

/** Whether a date ends a short line of its own near the top: the page's date (or a byline's), not the lead's. */
export function isPageDate(doc: MatchDoc, f: Found): boolean {
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
