/**
 * A signing told as a means ("through the signing of…", "mediante la firma de…", "путём подписания…", "من خلال
 * توقيع…"): what the sentence says of it depends on the verb the means serves. Served by a verb that discusses,
 * agrees or proposes ("discussed ways to raise trade through the signing of memoranda"), the signing is that
 * weaker step; served by a verb of what was done ("strengthened their ties through the signing of…"), it is done.
 */
import { norm, type MatchDoc } from "../match/normalize";

/** Instrumental phrases right before a signing noun, in every language we read (ours; matched in matching form). */
const MEANS = [
  "through the",
  "through",
  "by means of the",
  "via the",
  "par la",
  "à travers la",
  "au moyen de la",
  "grâce à la",
  "attraverso la",
  "mediante la",
  "tramite la",
  "a través de la",
  "por medio de la",
  "mediante a",
  "através da",
  "por meio da",
  "durch die",
  "mittels",
  "путем",
  "путём",
  "посредством",
  "من خلال",
  "عبر",
].map((p) => norm(p).split(" "));

/** Whether the words right before a status word are an instrumental phrase ("through the signing of"). */
export function toldAsMeans(doc: MatchDoc, tokenStart: number): boolean {
  return MEANS.some((phrase) => phrase.every((w, k) => doc.tokens[tokenStart - phrase.length + k]?.text === w));
}
