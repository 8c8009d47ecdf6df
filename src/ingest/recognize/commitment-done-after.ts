/**
 * A signing a call, an approval or an authorisation puts ahead, told done later in its own sentence: "The Cabinet
 * approved the signing of the agreement, which was then signed in the evening in Tripoli", "ha approvato la firma
 * dell'accordo, che è stato poi firmato in serata". The later verb is the news; the approval no longer makes the
 * signing a plan.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { RATIFICATION_NOUN, SIGNING_NOUN } from "./commitment-signing-noun";

/**
 * Whether a signing verb (not another signing noun) stands after a signing noun in its sentence, and no future or
 * negation word of the modality lexicon stands before it in that stretch ("…, which will be signed tomorrow"); after a
 * ratification noun, a ratifying verb ("pediu a ratificação do acordo, assinado em 2013": signed is no ratification).
 */
export function signingDoneAfter(
  doc: MatchDoc,
  noun: LexiconMatch<unknown>,
  cues: readonly LexiconMatch<string>[],
  modality: readonly LexiconMatch<string>[],
): boolean {
  const sentence = sentenceAt(doc, noun.span.start);
  if (!sentence) return false;
  const act = RATIFICATION_NOUN.test(noun.span.text) ? "ratified" : "signed";
  return cues.some(
    (s) =>
      s.data === act &&
      s.span.start > noun.span.end &&
      s.span.start < sentence.end &&
      !SIGNING_NOUN.test(s.span.text) &&
      !RATIFICATION_NOUN.test(s.span.text) &&
      !modality.some(
        (m) =>
          (m.data === "future" || m.data === "negation") && m.span.start > noun.span.end && m.span.end <= s.span.end,
      ),
  );
}
