/**
 * A form's complement that names only the relationship at large ("l'accord de coopération bilatérale", "the agreement
 * on bilateral cooperation"): no subject of its own, so a definite one restates the instrument of its form signed
 * before (commitment-standalone.ts). Seed: seed/lexicons/commitments.json `lists.generalSubjects`, `generalHeads`.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { DIALOGUE } from "./commitment-fields";
import { namesSubject } from "./commitment-lists";
import { anyIn, lists } from "./commitment-word-lists";

/** Words at most of a complement that names only the relationship ("de coopération bilatérale"). */
const GENERAL_REACH = 3;

/**
 * Words after such a complement, in its clause, a field may stand in as its subject ("that covers energy", "qui porte
 * sur l'énergie"); one farther on is the main clause's ("… trafen sich die Minister zu einem Gespräch über die Grenze").
 */
const GENERAL_FIELD_REACH = 5;

/**
 * Whether a form's complement names only the relationship at large ("após a assinatura do acordo de cooperação
 * bilateral, segundo a nota", "the agreement on bilateral cooperation."): no subject that tells it from an instrument
 * named before. The complement ends at a clause break, or at the next other word when it holds a noun of the
 * relationship and no field word (`fields`: the sentence's) stands right after it in its clause ("nach der
 * Unterzeichnung des Abkommens über bilaterale Zusammenarbeit trafen sich…", "de l'accord de coopération bilatérale
 * les ministres…"); "the agreement on bilateral cooperation in energy" names its field.
 */
export function generalComplement(
  doc: MatchDoc,
  m: LexiconMatch<unknown>,
  fields: readonly { span: Span; data: string }[] = [],
): boolean {
  const { about, articles, generalSubjects, generalHeads } = lists(doc);
  if (!namesSubject(doc, m)) return false;
  let last = m.tokenEnd;
  let head = false;
  for (let i = m.tokenEnd + 1; i <= m.tokenEnd + GENERAL_REACH; i++) {
    const [t, before] = [doc.tokens[i], doc.tokens[i - 1]];
    if (!t || !before || !(anyIn(generalSubjects, t.text) || anyIn(articles, t.text) || anyIn(about, t.text))) break;
    if (/[^\s\p{L}\p{N}'’-]/u.test(doc.text.slice((doc.map[before.end - 1] ?? 0) + 1, doc.map[t.start] ?? 0))) break;
    if (anyIn(generalSubjects, t.text)) last = i;
    if (anyIn(generalHeads, t.text)) head = true;
  }
  const word = doc.tokens[last];
  if (last === m.tokenEnd || !word) return false;
  const end = (doc.map[word.end - 1] ?? 0) + 1;
  if (/^\s*(?:[,;:.!?)\n»"”]|$)/u.test(doc.text.slice(end, end + 3))) return true;
  // …or another word follows, with no field named in the rest of its clause.
  const next = doc.tokens[last + 1];
  if (!next || !head || anyIn(about, next.text)) return false;
  const rest = doc.text.slice(end, sentenceAt(doc, end)?.end ?? doc.text.length);
  const reach = doc.tokens[last + GENERAL_FIELD_REACH];
  const until = Math.min(
    end + (CLAUSE_BREAK.exec(rest)?.index ?? rest.length),
    reach ? (doc.map[reach.start] ?? 0) : Infinity,
  );
  // (The relationship's own words there, "the foreign ministers", "the talks", name no other subject.)
  return !fields.some((f) => f.span.start >= end && f.span.start < until && f.data !== DIALOGUE);
}
