/**
 * The relative clauses of a text that tell what an instrument provides for (seed/lexicons/commitments.json
 * `relativeOpener`: "under which", "en vertu duquel", "согласно которому", "تنص على"): a status word before one signs
 * no form inside it (ownCues in commitment-status.ts).
 */
import { entriesOf, Lexicon } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";

let relativeLexicon: Lexicon<true> | undefined;
/** The openers of `relativeOpener` (seed/lexicons/commitments.json), built once per isolate. */
const openers = () =>
  (relativeLexicon ??= new Lexicon(
    entriesOf(
      withoutComment(
        (COMMITMENTS_DATA as unknown as { relativeOpener: Record<string, readonly string[]> }).relativeOpener,
      ),
      true as const,
    ),
  ));
const relativeCache = new WeakMap<MatchDoc, readonly Span[]>();
/**
 * The relative clauses of a text that tell what an instrument provides for (`relativeOpener`: "under which"), each
 * from its opener to its clause's end: a form after that ("…, under which a fund is set up, and a memorandum") is
 * told apart again.
 */
export function relativeOpeners(doc: MatchDoc): readonly Span[] {
  let spans = relativeCache.get(doc);
  if (!spans) {
    spans = openers()
      .match(doc)
      .map((m) => {
        const rest = doc.text.slice(m.span.end);
        const stop = rest.search(CLAUSE_BREAK);
        const end = stop < 0 ? doc.text.length : m.span.end + stop;
        return { start: m.span.start, end, text: doc.text.slice(m.span.start, end) };
      });
    relativeCache.set(doc, spans);
  }
  return spans;
}
