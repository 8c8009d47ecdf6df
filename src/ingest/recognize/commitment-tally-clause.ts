/**
 * The clause that follows a counted or plural form, as the tallies of a relationship read it (commitment-tallies.ts):
 * where "since 2012" or "signed previously" may stand for the form to be a tally.
 */

/** Punctuation that ends a clause. */
const CLAUSE_END = /[,;:()،؛]/u;

/** A relative pronoun or participle after a comma goes on about the form ("die Abkommen, die … unterzeichnet wurden"). */
const RELATIVE =
  /^\s*[,،]\s*(?:die|der|das|welche|which|that|qui|que|lesquels|lesquelles|che|i quali|le quali|los cuales|las cuales|os quais|as quais|котор\p{L}*|подписанн\p{L}*|заключенн\p{L}*|signed|sign[ée]e?s|firmat[ie]|firmad[oa]s|assinad[oa]s|unterzeichnete[n]?|التي|الذي)\s/iu;

/** An aside set off by commas between a form and its relative clause is at most this long ("covering many sectors"). */
const SIGNING_WORD = /(?:sign|firmad|firmat|assinad|unterzeichn|paraph|conclu|подпис|заключ|وقع|أبرم|ابرم)/iu;
const ASIDE_MAX = 60;

/**
 * The clause that follows a form: to the next break, over one break before a relative or participle, or over a short
 * aside set off by commas before a relative clause that tells a signing ("the 34 agreements, covering many sectors,
 * that have been signed since…").
 */
export function clauseAt(after: string): string {
  const end = after.search(CLAUSE_END);
  if (end < 0) return after;
  let from = end;
  if (!RELATIVE.test(after.slice(end))) {
    if (after[end] !== ",") return after.slice(0, end);
    const aside = after.slice(end + 1).search(CLAUSE_END);
    const close = end + 1 + aside;
    if (aside < 0 || aside > ASIDE_MAX || after[close] !== "," || !RELATIVE.test(after.slice(close)))
      return after.slice(0, end);
    // …a relative clause that tells a signing: "at the State House, which has hosted such ceremonies" is the aside's.
    if (!SIGNING_WORD.test(after.slice(close + 1).split(CLAUSE_END)[0] ?? "")) return after.slice(0, end);
    from = close;
  }
  const rest = after.slice(from + 1);
  const next = rest.search(CLAUSE_END);
  return after.slice(0, from + 1 + (next < 0 ? rest.length : next));
}
