/**
 * The areas of a counted batch, one instrument each: "six accords de coopération, notamment dans le domaine de
 * la justice, du transport routier, de la santé, du sport, de la culture et de l'enseignement supérieur" names six
 * areas for six agreements, though three of them fall in one sector of ours. The list is told item by item (commas
 * and conjunctions), from an inclusion word when one opens an item ("notamment", "including", "в частности").
 */
import type { LexiconMatch } from "../match/lexicon";
import { norm } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA } from "./commitment-cues";

/** A batch counts its areas one by one up to this many; a larger one is described, not enumerated. */
const MAX_AREAS = 12;
/** What ends one area and opens the next: a comma or a conjunction (global: read with `matchAll`). */
export const AREA_BREAK =
  /[,;،]|(?:^|\s)(?:and|et|e|y|und|sowie|и|as well as|ainsi que|bem como|nonché|así como)(?=\s|$)|\s(?=و)/giu;
/** A break that is punctuation, not a conjunction. */
export const PUNCTUATION = /^[,;،]$/u;
/** An area names something: a letter. */
const WORDY = /\p{L}{2}/u;

let inclusions: string[] | undefined;
/** The inclusion phrases of every language, normalized (seed/lexicons/commitments.json `lists.including`). */
function inclusionPhrases(): string[] {
  const byLang = (COMMITMENTS_DATA as unknown as { lists: { including: Record<string, string[]> } }).lists.including;
  inclusions ??= Object.values(byLang)
    .flat()
    .map((w) => norm(w));
  return inclusions;
}

/**
 * The areas of a plural form's list when they are as many as its count ("four agreements in justice, transport,
 * health and sport"), each with the first sector it names (else `fallback`), but for those naming a track; undefined otherwise (a count the list does not match
 * item for item, one area, or a list too long to be told). The caller gives only a list no other form of its
 * sentence follows: forms after it name the instruments themselves.
 */
export function countedAreas(
  list: Span,
  count: number | undefined,
  sectors: readonly LexiconMatch<string>[],
  tracks: readonly { span: Span }[],
  fallback: string,
  commaJoined = false,
): { start: number; sector: string }[] | undefined {
  // A colon opens a list of instruments ("drei Abkommen unterzeichnet: ein Migrations- und Mobilitätsabkommen…").
  if (count === undefined || count < 2 || count > MAX_AREAS || list.text.includes(":")) return undefined;
  const breaks = [...list.text.matchAll(AREA_BREAK)];
  // With `commaJoined`, a conjunction before a comma joins one area ("terrorism and crime, sport and culture" are
  // three areas): a sentence of its own lists areas only, where a batch's own sentence may go on past them.
  const lastComma = commaJoined ? breaks.findLastIndex((m) => PUNCTUATION.test(m[0])) : -1;
  const starts = [0];
  for (const [i, m] of breaks.entries())
    if (i >= lastComma || PUNCTUATION.test(m[0])) starts.push((m.index ?? 0) + m[0].length);
  let items = starts
    .map((at, i) => ({ at, text: list.text.slice(at, starts[i + 1] ?? list.text.length) }))
    .filter((item) => WORDY.test(item.text));
  // The form's own complement ("de coopération") stands before the inclusion word that opens the areas.
  const opens = items.findIndex((item) => {
    const words = ` ${norm(item.text)} `;
    return inclusionPhrases().some((p) => words.startsWith(` ${p} `));
  });
  if (opens > 0) items = items.slice(opens);
  if (items.length !== count) return undefined;
  const out: { start: number; sector: string }[] = [];
  for (const item of items) {
    const start = list.start + item.at;
    const inside = (s: Span) => s.start >= start && s.end <= start + item.text.length;
    // An area naming a track of ours is that track's instrument, read with it.
    if (tracks.some((t) => inside(t.span))) continue;
    out.push({ start, sector: sectors.find((s) => inside(s.span))?.data ?? fallback });
  }
  return out;
}
