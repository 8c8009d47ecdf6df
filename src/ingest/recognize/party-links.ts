/**
 * Words that link an instrument, or its signing word, to its parties right after it ("signed between", "reached by",
 * "firmado entre", "unterzeichnet von", "подписанное между"): the between words of seed/lexicons/pair-cues.json and
 * the by words of seed/lexicons/commitment-parties.json, one list for every reader of a "signed between/by" link.
 * Arabic's "by" is two words ("من قبل"): its second alone is also "before", so it links nothing here.
 */
import parties from "../../../seed/lexicons/commitment-parties.json";
import cues from "../../../seed/lexicons/pair-cues.json";
import { norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;

/** Link words whose use needs the word before them (Arabic "من قبل"). */
const PAIRED = new Set(["قبل"]);

const PARTY_LINKS: ReadonlySet<string> = new Set(
  [(cues as unknown as { between: ByLang }).between, (parties as unknown as { by: ByLang }).by]
    .flatMap((byLang) => Object.values(byLang).flat())
    .map((w) => norm(w))
    .filter((w) => !PAIRED.has(w)),
);

/** Whether a word (in matching form, as tokens carry it) links an instrument to its parties. */
export function linksParties(word: string): boolean {
  return PARTY_LINKS.has(word);
}

/** Whether the text right after `end` opens with a link to parties ("signed between X and Y"). */
export function partiesFollow(text: string, end: number): boolean {
  const word = /^\s*([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 24))?.[1];
  return word !== undefined && linksParties(norm(word));
}
