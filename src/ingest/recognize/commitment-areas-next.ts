/**
 * The areas of a counted batch named in the next sentence, whose subject is the batch ("signed three memorandums.
 * The memorandums cover fisheries, higher education and tourism", "Документы касаются…", "وتشمل المذكرات مجالات…"):
 * one instrument per area, as for areas in the batch's own sentence (commitment-areas.ts), when they are as many
 * as its count. The status and day stay the batch's: a planned batch lends its areas no signature.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { countedAreas } from "./commitment-areas";
import type { Description } from "./commitment-describe";
import { FIRM_STATUSES } from "../plan/ranks";

/** Signing statuses: a description lent one of them is still the batch's. */
/** The sector of an area none of ours names: the relationship at large. */
const FALLBACK = "political-dialogue";

/** What the reading needs of the report, bucketed by sentence start. */
export interface NextAreasContext {
  described: readonly Description[];
  cuesBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>;
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>;
  sectorsBy: ReadonlyMap<number, LexiconMatch<string>[]>;
  subjectsBy: ReadonlyMap<number, readonly { span: Span }[]>;
}

/** The areas of a batch read in the next sentence, and where that sentence's own mention of the batch ends. */
interface NextAreas {
  items: { start: number; sector: string }[];
  sentence: number;
  after: number;
}

/**
 * The areas the sentence after a counted batch names of it, one per instrument, when they are exactly `count`;
 * undefined otherwise (no description there, one with a status word of its own that signs nothing, or one naming
 * instruments). A signing word there is the one the batch's sentence lent it.
 */
function nextSentenceAreas(doc: MatchDoc, batch: Span, count: number, c: NextAreasContext): NextAreas | undefined {
  const k = doc.sentences.findIndex((s) => s.start <= batch.start && batch.end <= s.end);
  const described = c.described.find((d) => d.sentence === k + 1);
  const next = doc.sentences[k + 1];
  if (k < 0 || !described || !next) return undefined;
  // A status of its own that signs nothing ("the agreements will cover…", "would cover…"): no areas of a signing.
  if ((c.cuesBy.get(next.start) ?? []).some((cue) => !FIRM_STATUSES.has(String(cue.data)))) return undefined;
  // Instruments after the verb ("the documents include an agreement on…") are named, not areas.
  if ((c.formsBy.get(next.start) ?? []).some((f) => f.span.start >= described.after)) return undefined;
  const list = { start: described.after, end: next.end, text: doc.text.slice(described.after, next.end) };
  const sectors = c.sectorsBy.get(next.start) ?? [];
  const items = countedAreas(list, count, sectors, c.subjectsBy.get(next.start) ?? [], FALLBACK, true);
  return items && { items, sentence: next.start, after: described.after };
}

/**
 * The areas the next sentence names of a counted batch (`count`, undefined when it is no batch), each told apart
 * from the list it is read from; the description's own mention of the batch is marked in `described`.
 */
export function nextAreas(
  doc: MatchDoc,
  count: number | undefined,
  batch: Span,
  c: NextAreasContext,
  described: Map<number, number>,
): { start: number; sector: string; told: { told: true } }[] | undefined {
  if (count === undefined) return undefined;
  const found = nextSentenceAreas(doc, batch, count, c);
  if (found) described.set(found.sentence, found.after);
  return found?.items.map((it) => ({ ...it, told: { told: true } }));
}
