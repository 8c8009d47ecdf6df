/**
 * The areas of a counted batch, one instrument each: "six accords de coopération, notamment dans le domaine de
 * la justice, du transport routier, de la santé, du sport, de la culture et de l'enseignement supérieur" names six
 * areas for six agreements, though three of them fall in one sector of ours. The list is told item by item (commas
 * and conjunctions), from an inclusion word when one opens an item ("notamment", "including", "в частности").
 */
import type { LexiconMatch } from "../match/lexicon";
import { norm } from "../match/normalize";
import type { Span } from "../types";
import { INCLUDING } from "./commitment-counts";

/** A batch counts its areas one by one up to this many; a larger one is described, not enumerated. */
const MAX_AREAS = 12;
/** What ends one area and opens the next: a comma or a conjunction (global: read with `matchAll`). */
export const AREA_BREAK =
  /[,;،]|(?:^|\s)(?:and|et|e|y|und|sowie|и|as well as|ainsi que|bem como|nonché|así como)(?=\s|$)|\s(?=و)/giu;
/** A break that is punctuation, not a conjunction. */
export const PUNCTUATION = /^[,;،]$/u;
/** An area names something: a letter. */
const WORDY = /\p{L}{2}/u;

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
  const items = areasOf(list, commaJoined ? "commaJoined" : "every");
  if (items.length !== count) return undefined;
  return instrumentsOf(list, items, sectors, tracks, fallback);
}

/** Fewest areas an uncounted batch must name, one instrument each, before it is told area by area. */
const MIN_LISTED = 3;
/** Words at most between a form and its list's first field ("de coopération dans les domaines de la"). */
const LEAD_WORDS = 6;
/** The share of an uncounted list's items that must name a field of ours for it to be a list of areas. */
const NAMED_SHARE = 0.75;

/**
 * The areas of an uncounted plural form's list, one instrument each, when it names at least three and every one
 * names a field of ours ("соглашения о сотрудничестве в области портовых услуг, горнодобывающей отрасли, сельского
 * хозяйства, фармацевтики…", "مذكرات تفاهم تخص الاستثمار، والتربية، والتعليم العالي، والرياضة"): as many
 * instruments as areas, though several fall in one sector. A conjunction inside an area before the last comma joins
 * it ("текстильной и швейной промышленности" is one). Undefined otherwise, and when fewer than three in four name one.
 */
export function listedAreas(
  list: Span,
  sectors: readonly LexiconMatch<string>[],
  tracks: readonly { span: Span }[],
): { start: number; sector: string }[] | undefined {
  if (list.text.includes(":")) return undefined;
  const items = areasOf(list, "final");
  if (items.length < MIN_LISTED || items.length > MAX_AREAS) return undefined;
  const sectorOf = (item: { at: number; text: string }) =>
    sectors.find((s) => s.span.start >= list.start + item.at && s.span.end <= list.start + item.at + item.text.length);
  const named = items.map(sectorOf).filter((s) => s !== undefined);
  // Areas, not some other list: nearly all of them name a field of ours (an area we have no word for goes with the
  // first field named).
  const [first] = named;
  if (!first || named.length < NAMED_SHARE * items.length) return undefined;
  // …that complement the form itself: its first field within a few words of it, with no conjunction or comma between
  // ("agreements and discussed trade, …" lists what was discussed).
  const lead = list.text.slice(0, first.span.start - list.start);
  const leadWords = lead.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (leadWords > LEAD_WORDS || [...lead.matchAll(AREA_BREAK)].length > 0) return undefined;
  return instrumentsOf(list, items, sectors, tracks, first.data);
}

/**
 * The areas of a list, item by item, from an inclusion word when one opens an item. Breaks at every comma and
 * conjunction; with "commaJoined", a conjunction before the last comma joins one area ("terrorism and crime, sport
 * and culture" are three areas): a sentence of its own lists areas only, where a batch's own sentence may go on past
 * them; with "final", only the last conjunction after the last comma breaks too ("…, Wissenschaft und Technologie in
 * Samarkand und zu einer Schule": the list's closing "and").
 */
function areasOf(list: Span, breaking: "every" | "commaJoined" | "final"): { at: number; text: string }[] {
  const breaks = [...list.text.matchAll(AREA_BREAK)];
  const lastComma = breaking === "every" ? -1 : breaks.findLastIndex((m) => PUNCTUATION.test(m[0]));
  const closing = breaking === "final" ? breaks.length - 1 : -1;
  const splits = (i: number, m: RegExpMatchArray) =>
    PUNCTUATION.test(m[0]) || (breaking === "final" ? i === closing && i > lastComma : i >= lastComma);
  const starts = [0];
  for (const [i, m] of breaks.entries()) if (splits(i, m)) starts.push((m.index ?? 0) + m[0].length);
  const items = starts
    .map((at, i) => ({ at, text: list.text.slice(at, starts[i + 1] ?? list.text.length) }))
    .filter((item) => WORDY.test(item.text));
  // The form's own complement ("de coopération") stands before the inclusion word that opens the areas.
  const opens = items.findIndex((item) => {
    const words = ` ${norm(item.text)} `;
    return INCLUDING.some((p) => words.startsWith(` ${p} `));
  });
  return opens > 0 ? items.slice(opens) : items;
}

/** One instrument per area, with the first sector it names (else `fallback`), but for those naming a track. */
function instrumentsOf(
  list: Span,
  items: readonly { at: number; text: string }[],
  sectors: readonly LexiconMatch<string>[],
  tracks: readonly { span: Span }[],
  fallback: string,
): { start: number; sector: string }[] {
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
