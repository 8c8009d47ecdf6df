/**
 * A count of instruments after "since then" (commitment-tallies.ts): a tally of the relationship when "then" is an
 * earlier year the report names, not an hour or a day of the happening itself.
 */
import { type MatchDoc, norm, type Sentence } from "../match/normalize";

/**
 * "Since then" before the form, pointing back to an earlier year its sentence or the one before names ("relations
 * established in 2006; since then they have signed 22 agreements", "…in 1994. Seitdem…"); "since then" after a
 * morning or a day of the happening itself ("the talks began at 9 a.m. Since then, four agreements…") is no tally.
 */
const SINCE_THEN = new RegExp(
  `(?:^| )(?:[وف](?=\\S))?(?:${"since then|ever since|depuis lors|depuis cette date|da allora|da quel momento|desde entonces|desde entao|seitdem|seither|с тех пор|с того времени|منذ ذلك الحين|منذ ذلك الوقت|منذ ذلك التاريخ"
    .split("|")
    .map((p) => norm(p))
    .join("|")})(?= |$)`,
  "u",
);
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/gu;

export function sinceEarlierYear(doc: MatchDoc, sentence: Sentence, before: string, publishedOn?: string): boolean {
  const n = ` ${norm(before)} `;
  const m = SINCE_THEN.exec(n);
  if (!m) return false;
  const previous = doc.sentences.filter((x) => x.end <= sentence.start).at(-1);
  const context = `${previous ? doc.text.slice(previous.start, previous.end) : ""} ${before}`;
  const year = Number(publishedOn?.slice(0, 4)) || Number.POSITIVE_INFINITY;
  return [...context.matchAll(ANY_YEAR)].some((y) => Number(y[1]) < year);
}
