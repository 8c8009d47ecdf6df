/**
 * An instrument described as like another ("a similar agreement with Malaysia", "un accord similaire avec le Gabon",
 * "un accordo analogo con la Spagna", "аналогичное соглашение с Казахстаном", "اتفاقية مماثلة مع الإمارات") is one
 * of other parties, told for comparison: no commitment of the report's pair. The word stands right before or after
 * the form word (matching form: lower case, accents folded); a phrase of likeness right after it ("un accord de même
 * nature", "of the same kind") or right before ("the same kind of agreement", "такое же соглашение") tells it too.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";

const SIMILAR =
  /^(similar|analogous|comparable|identical|similaire|similaires|analogue|analogues|semblable|semblables|analogo|analoga|analoghi|analoghe|simile|simili|similares|semelhante|semelhantes|identico|identica|ahnliche|ahnliches|ahnlichen|ahnlicher|vergleichbare|vergleichbares|vergleichbaren|аналогичн\p{L}*|подобн\p{L}*|схож\p{L}*|مماثل\p{L}*|مماثلة|مشابه\p{L}*)$/u;
/** Words before or after the form word where the likeness word stands ("a similar visa waiver", "accordo analogo"). */
const REACH = 2;

/** Likeness told by a phrase right after the form ("un accord de même nature", "an agreement of the same kind"). */
const LIKE_AFTER =
  /^\s*(?:de m[eê]me nature|du m[eê]me (?:type|genre|ordre)|of the same (?:kind|type|nature)|dello stesso (?:tipo|genere)|della stessa natura|del mismo (?:tipo|car[aá]cter)|de la misma (?:naturaleza|[ií]ndole)|do mesmo (?:tipo|g[eê]nero)|da mesma natureza|gleicher art|der gleichen art|derselben art|такого же (?:рода|типа|характера)|من النوع نفسه|من نفس النوع)(?![\p{L}])/iu;
/** …or right before it ("the same kind of agreement", "le même type d'accord", "такое же соглашение"). */
const LIKE_BEFORE =
  /(?:same (?:kind|type) of|m[eê]me (?:type|genre) d['’]|m[eê]me (?:type|genre) de|stesso tipo di|mismo tipo de|mesmo tipo de|такое же|такой же|такую же|такие же)\s*$/iu;
/** Characters read around the form for a likeness phrase. */
const PHRASE_REACH = 30;

/** Whether a likeness word stands right by the form word, or a likeness phrase right before or after it. */
export function likeAnother(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  const around = [
    ...doc.tokens.slice(Math.max(0, form.tokenStart - REACH), form.tokenStart),
    ...doc.tokens.slice(form.tokenEnd, form.tokenEnd + REACH),
  ];
  if (around.some((t) => SIMILAR.test(t.text))) return true;
  const before = doc.text.slice(Math.max(0, form.span.start - PHRASE_REACH), form.span.start);
  return LIKE_AFTER.test(doc.text.slice(form.span.end, form.span.end + PHRASE_REACH)) || LIKE_BEFORE.test(before);
}
