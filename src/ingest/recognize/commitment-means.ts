/**
 * A signing told as a means ("through the signing of…", "mediante la firma de…", "путём подписания…", "من خلال
 * توقيع…"): what the sentence says of it depends on the verb the means serves. Served by a verb that discusses,
 * agrees or proposes ("discussed ways to raise trade through the signing of memoranda"), the signing is that
 * weaker step; served by a verb of what was done ("strengthened their ties through the signing of…"), it is done.
 */
import { CLAUSE_BREAK, norm, type MatchDoc } from "../match/normalize";

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

/** Arabic verbs and nouns of agreeing or deciding, whose complement "على" names what is agreed (matching form). */
const AGREEING = new Set(
  [
    "اتفق",
    "اتفقا",
    "اتفقت",
    "اتفقوا",
    "يتفق",
    "يتفقان",
    "الاتفاق",
    "قرر",
    "قررا",
    "تعهد",
    "تعهدا",
    "وافق",
    "وافقا",
  ].map((w) => norm(w)),
);
const ON = norm("على");

/**
 * Whether a signing noun is what an Arabic verb of agreeing earlier in its clause agrees on, through "على" right before
 * it ("اتفق وزيرا الخارجية أمس في عمان على توقيع اتفاقية", "تم الاتفاق على التوقيع"): agreed to sign, the signing
 * ahead. The verb may stand far before it, its subject, day and place between (`reach` words, no clause mark).
 */
export function agreedOn(doc: MatchDoc, tokenStart: number, reach: number): boolean {
  if (doc.tokens[tokenStart - 1]?.text !== ON) return false;
  const cueAt = doc.map[doc.tokens[tokenStart]?.start ?? 0] ?? 0;
  for (let i = tokenStart - 2; i >= Math.max(0, tokenStart - 1 - reach); i--) {
    const t = doc.tokens[i];
    if (!t) break;
    if (CLAUSE_BREAK.test(doc.text.slice((doc.map[t.end - 1] ?? 0) + 1, cueAt))) return false;
    if (AGREEING.has(t.text.replace(/^[وف](?=\S{3})/u, ""))) return true;
  }
  return false;
}
