/**
 * An instrument described as like another ("a similar agreement with Malaysia", "un accord similaire avec le Gabon",
 * "un accordo analogo con la Spagna", "аналогичное соглашение с Казахстаном", "اتفاقية مماثلة مع الإمارات") is one
 * of other parties, told for comparison: no commitment of the report's pair. The word stands right before or after
 * the form word (matching form: lower case, accents folded).
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";

const SIMILAR =
  /^(similar|analogous|comparable|identical|similaire|similaires|analogue|analogues|semblable|semblables|analogo|analoga|analoghi|analoghe|simile|simili|similares|semelhante|semelhantes|identico|identica|ahnliche|ahnliches|ahnlichen|ahnlicher|vergleichbare|vergleichbares|vergleichbaren|аналогичн\p{L}*|подобн\p{L}*|схож\p{L}*|مماثل\p{L}*|مماثلة|مشابه\p{L}*)$/u;
/** Words before or after the form word where the likeness word stands ("a similar visa waiver", "accordo analogo"). */
const REACH = 2;

/** Whether a likeness word stands right by the form word. */
export function likeAnother(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  const around = [
    ...doc.tokens.slice(Math.max(0, form.tokenStart - REACH), form.tokenStart),
    ...doc.tokens.slice(form.tokenEnd, form.tokenEnd + REACH),
  ];
  return around.some((t) => SIMILAR.test(t.text));
}
