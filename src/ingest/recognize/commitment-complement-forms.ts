/**
 * A form word told as the complement of a noun in another instrument's name ("el Memorándum … para el Establecimiento
 * del Mecanismo de Supervisión y Seguimiento del Programa de Cooperación", "le mémorandum portant création du
 * mécanisme de suivi du programme…", "the Memorandum … for the Monitoring of the Cooperation Programme"): the
 * programme is what the memorandum is about, an instrument already there, never one more signed beside it. So is a
 * form in brackets right after another, its gloss ("memorandum of understanding (MoU)").
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { anyIn, lists } from "./commitment-word-lists";
import type { Span } from "../types";

/**
 * A genitive preposition with a definite article, right before a form ("del", "du", "of the", "della", "do"); not
 * a bare "de"/"di" or a plural contraction that French and Italian also write as a partitive article ("signé des
 * accords", "dont des mémorandums", "firmato degli accordi").
 */
const GENITIVE = /(?:^|\s)(?:of(?:\s+the)?|de\s+(?:la|l['’])|d['’]|del|du|della|dello|dell['’]|do|da|vom)\s*$/iu;
/**
 * Words before the genitive that make the form the act's or a count's own, not a noun's complement: a signing, a
 * ratification, an entry into force, an adoption, a renewal ("la renovación del protocolo pesquero"); a conjunction
 * ("la firma del acuerdo y del protocolo", "além do memorando", "ainsi que du protocole"); a count or a part ("uno de
 * los acuerdos", "one of the agreements", "l'un des accords"); a form itself.
 */
const NOT_A_HEAD =
  /^(?:signing|signature|signatures|firma|firme|assinatura|suscripción|sottoscrizione|unterzeichnung|unterschrift|conclusion|conclusión|conclusão|conclusione|abschluss|ratification|ratificación|ratificação|ratifica|ratifizierung|adoption|adopción|adoção|adozione|annahme|vigueur|vigor|vigore|force|kraft|inkrafttreten|and|et|y|e|und|or|ou|o|oder|one|un|une|uno|una|um|uma|ein|eine|eines|einer|first|second|last|each|both|all|some|several|copies|copy|copie|copia|cópia|exchange|échange|intercambio|scambio|troca|austausch|además|alem|além|ainsi|así|asi|oltre|plus|côté|cote|par|top|besides|addition|lado|que|como|che|than|renewal|renouvellement|renovación|renovacion|renovação|renovacao|rinnovo|prórroga|prorroga|prorrogação|prorrogacao|proroga|extension|prolongation|verlängerung|\d+)$/iu;
/**
 * Nouns of a count or a set ("una veintena de acuerdos", "a package of agreements") besides the quantity words of
 * the lists lexicon ("number", "série", "Reihe", read with them below).
 */
const COUNT_NOUN =
  /^(?:score|set|package|raft|batch|range|total|veintena|decena|docena|centenar|paquete|conjunto|vingtaine|dizaine|douzaine|centaine|paquet|ensemble|ventina|decina|dozzina|centinaio|pacchetto|insieme|totale|dúzia|dezena|vintena|centena|pacote|dutzend|paket|anzahl|vielzahl|liste|list|lista)$/iu;
/** The form before stands at most this many characters back, with no sentence or clause end between. */
const NAME_REACH = 160;
const BREAK = /[,.;:!?\n()«»"“”]/u;

export function withoutComplementForms<T>(doc: MatchDoc, forms: LexiconMatch<T>[]): LexiconMatch<T>[] {
  return forms.filter((f, i) => {
    const before = doc.text.slice(Math.max(0, f.span.start - 40), f.span.start);
    const genitive = GENITIVE.exec(before);
    if (!genitive) return true;
    const head = before.slice(0, genitive.index).match(/[\p{L}\p{M}\d]+$/u)?.[0];
    if (!head || NOT_A_HEAD.test(head) || COUNT_NOUN.test(head) || anyIn(lists(doc).quantity, norm(head))) return true;
    // …inside the name of a form told just before, in its clause.
    const earlier = forms.slice(0, i).at(-1);
    if (!earlier || earlier.span.end > f.span.start || f.span.start - earlier.span.end > NAME_REACH) return true;
    return BREAK.test(doc.text.slice(earlier.span.end, f.span.start));
  });
}

/**
 * Whether `inner` stands in the brackets right after the form `outer`: "memorandum of understanding (MoU)",
 * "Absichtserklärungen (Memorandums of Understanding, MOUs)".
 */
export function glossOf(doc: MatchDoc, outer: Span, inner: Span): boolean {
  if (inner.start < outer.end) return false;
  const open = /^\s*\(/.exec(doc.text.slice(outer.end, inner.start));
  if (!open) return false;
  return !/[()]/.test(doc.text.slice(outer.end + open[0].length, inner.start));
}
