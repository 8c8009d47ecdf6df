/**
 * A counted batch whose list names fields that tracks of ours took ("five agreements on security, hydrocarbons,
 * animal resources and technical education", where only security is a track): the tracks are instruments of their
 * own, and the count says there are more. The rest stays a batch of the count less those tracks.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { numberIn } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";

const MULTILATERAL = "multilateral";
/** Punctuation that ends a clause: a count before it counts something else ("ثلاث وثائق، هي اتفاقية…"). */
const CLAUSE_END = /[,;:()،؛]/gu;

/** Whether the form's own clause counts it: a number between the last clause break and the form. */
function countedInClause(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  const from = sentenceAt(doc, form.span.start)?.start ?? 0;
  const before = doc.text.slice(from, form.span.start);
  const opened = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_END)].map((m) => m.index + 1)));
  return norm(opened)
    .split(" ")
    .some((w) => (numberIn(w, languageOf(doc)) ?? 0) > 1);
}

/**
 * The rest of a counted list beyond the distinct tracks it names, as a generic batch of that list (undefined when
 * none is left, or when the batch is multilateral).
 */
export function restOfCount(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
  list: Span,
  count: number | undefined,
  tracks: readonly { track: string; sector: string; span: Span }[],
): { generic: true; count: number; beyond: true; within: Span } | undefined {
  if (count === undefined || !countedInClause(doc, form)) return undefined;
  const listed = tracks.filter((t) => t.span.start >= list.start && t.span.end <= list.end);
  // A batch of multilateral instruments ("trois accords multilatéraux") is no commitment of the pair, nor its rest.
  if (listed.some((t) => t.sector === MULTILATERAL)) return undefined;
  const inList = new Set(listed.map((t) => t.track));
  const rest = count - inList.size;
  return inList.size > 0 && rest > 0 ? { generic: true, count: rest, beyond: true, within: list } : undefined;
}
