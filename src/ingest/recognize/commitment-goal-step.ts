/**
 * What a goal word does not put ahead: a step told by a finite verb, or one its sentence says took place. A goal
 * names a step still to take by a noun or an infinitive ("the aim is the signing of…", "с целью подписания", "زيارة
 * الغرض منها التوقيع"); "With the purpose of boosting trade, the ministers signed…" and "The purpose of the visit was
 * the signing of an agreement, which took place on Monday" tell the step taken for that aim.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { SIGNING_NOUN } from "./commitment-signing-noun";

/** Whether a goal word leaves the status word as told: a finite verb, or a step its sentence says took place. */
export function stepTaken(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  return finiteStep(cue) || tookPlace(doc, cue);
}

/**
 * Whether a status word is a finite verb: not a noun of the step ("the signing", "la firma"), nor an infinitive ("to
 * sign", "signer", "firmar", "unterzeichnen", "подписать"). A goal names a step still to take by a noun or an
 * infinitive ("the aim is the signing of…", "с целью подписания"); a finite verb after it tells the step taken for that
 * aim ("With the purpose of boosting trade, the ministers signed…").
 */
function finiteStep(cue: LexiconMatch<unknown>): boolean {
  const last = cue.span.text.toLowerCase().split(/\s+/u).at(-1) ?? "";
  return !SIGNING_NOUN.test(last) && !INFINITIVE.test(last);
}
/** A verb of taking place in the past, after a signing noun in its sentence ("…, which took place in Amman on Monday"). */
const TOOK_PLACE =
  /(?<!\p{L})(?:took place|was held|a eu lieu|s['’]est d[ée]roul[ée]e|tuvo lugar|se realiz[oó]|ha avuto luogo|si [èe] svolt[ao]|teve lugar|realizou-se|decorreu|stattfand|stattgefunden|fand|состоял\p{L}*|прошл[оа]|جرى|جرت|تمت?|erfolgte|erfolgt|avvenut[ao]|chose faite|concretizad[ao]|se concret[oó]|concretiz[oó]u|تحقق|accomplished|achieved|completed|r[ée]alis[ée]e?|compiut[ao]|effectu[ée]e?)(?!\p{L})/iu;
/** Whether the sentence of a status word tells, after it, that it took place: a step taken, whatever aim it served. */
function tookPlace(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const s = sentenceAt(doc, cue.span.start);
  return !!s && TOOK_PLACE.test(doc.text.slice(cue.span.end, s.end));
}
const INFINITIVE =
  /^(?:ratification|ratifica|ratificaci[oó]n|ratifica[cç][aã]o|ratifizierung|ратификаци\p{L}*|(?:ال)?تصديق|sign|signer|firmar|suscribir|firmare|sottoscrivere|siglare|assinar|unterzeichnen|unterschreiben|подписать|подписывать|заключить|ratify|ratifier|ratificar|ratificare|ratifizieren|ратифицировать)$/u;
