/**
 * Page noise left in a plain text: a "Latest stories" / "Lire aussi" / "اقرأ أيضا" heading and the
 * headline-like lines under it, or a heading and its headline on one line ("Lire aussi : …"). HTML input loses these
 * blocks in read/text.ts; a pasted or feed text keeps them, and the countries and instruments in their headlines are
 * no evidence of what the report is about.
 */
import { LINK_LABELS, NOISE_HEADING } from "../read/boilerplate";
import { norm } from "../match/normalize";

/** A zone of the original text [start, end) that is page noise. */
export interface Zone {
  start: number;
  end: number;
}

const HEADING_MAX = 60;
const HEADLINE_MAX = 160;

/** Whether a line reads as a listed headline rather than a sentence of the story. */
function headlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= HEADLINE_MAX && !/[.!?؟:;]["»”’)]*$/.test(t);
}

/**
 * A link's label before a colon on its own line (read/boilerplate.ts `LINK_LABELS`: "related" and "read also" only);
 * a breaking-news label ("Ultim'ora:", "À la une :") heads the story's own news.
 */
const LINK_LABEL = new RegExp(`^(?:${LINK_LABELS.join("|")})$`);

/** Whether a line is a link label, a colon, then a headline ("Leia também: Brasil e Angola assinam…"). */
function labelledLink(line: string): boolean {
  const colon = line.indexOf(":");
  if (colon < 0 || colon > HEADING_MAX) return false;
  return LINK_LABEL.test(norm(line.slice(0, colon)).trim()) && headlineLike(line.slice(colon + 1));
}

/** The noise zones of a text: each noise heading and the run of headline-like lines after it. */
export function noiseZones(text: string): Zone[] {
  const zones: Zone[] = [];
  let open: Zone | undefined;
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (!line.trim()) continue;
    if (line.trim().length <= HEADING_MAX && NOISE_HEADING.test(norm(line))) {
      open ??= { start, end };
      open.end = end;
      continue;
    }
    // A heading and its one headline on a line ("Noticia relacionada: Asamblea ratifica…", "Lire aussi : …"), maybe
    // within a block of links a heading opened.
    if (labelledLink(line)) {
      open ??= { start, end };
      open.end = end;
      continue;
    }
    if (open && headlineLike(line)) {
      open.end = end;
      continue;
    }
    if (open) zones.push(open);
    open = undefined;
  }
  if (open) zones.push(open);
  return zones;
}

/** Whether an offset falls in one of the zones. */
export function inZones(zones: readonly Zone[], offset: number): boolean {
  return zones.some((z) => offset >= z.start && offset < z.end);
}
