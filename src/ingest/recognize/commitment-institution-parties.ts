/**
 * Instruments told by the institutions that signed them ("An agreement was also signed between the Ministry of
 * Culture of Kenya and the Ministry of Culture and Tourism of Ghana", "un acuerdo entre el Ministerio de…"):
 * seed/lexicons/commitments.json `lists.between` and `lists.institutions`.
 */
import type { LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc } from "../match/normalize";
import { wordsBefore } from "./commitment-list-words";
import { anyIn, lists } from "./commitment-word-lists";

/** A `between` word this many words after the form at most ("an agreement was also signed between …"). */
const BETWEEN_GAP = 5;
/** …and an institution word this many words after it ("between the Ministry …", "entre o BNDES e o Banco …"). */
const INSTITUTION_GAP = 8;
/** A stem this long also heads a compound ("Kulturministerium"). */
const COMPOUND_STEM = 6;
/** What ends the clause of a form's parties. */
const CLAUSE_END = /[.;:!?؛\n]/;

/** Whether a word names a state institution (`lists.institutions`). */
export function isInstitution(text: string): boolean {
  const { institutions } = lists();
  return arabicVariants(text).some((f) =>
    institutions.some((p) => f.startsWith(p) || (p.length >= COMPOUND_STEM && f.includes(p))),
  );
}

/**
 * Whether a form is told by the institutions that signed it: no definite article or demonstrative before it, and
 * in its clause, a few words after it, a `between` word followed by a state institution ("An agreement was also
 * signed between the Ministry of Culture of Kenya and…", "un acuerdo entre el Ministerio de…").
 */
export function betweenInstitutions(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { articles, anaphora, between } = lists(doc);
  const [w] = wordsBefore(doc, m, 1);
  if (w !== undefined && (anyIn(articles, w) || anyIn(anaphora, w))) return false;
  const within = (i: number) => {
    const t = doc.tokens[i];
    return t && !CLAUSE_END.test(doc.text.slice(m.span.end, doc.map[t.start] ?? m.span.end)) ? t : undefined;
  };
  for (let i = m.tokenEnd; i <= m.tokenEnd + BETWEEN_GAP; i++) {
    const t = within(i);
    if (!t) return false;
    if (!anyIn(between, t.text)) continue;
    for (let j = i + 1; j <= i + INSTITUTION_GAP; j++) {
      const u = within(j);
      if (!u) return false;
      if (isInstitution(u.text)) return true;
    }
    return false;
  }
  return false;
}
