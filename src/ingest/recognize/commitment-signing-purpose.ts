/**
 * A signing named as the purpose of a presence told in the present: "Macron is in Rome for the signing of the
 * treaty", "si trova a Roma per la firma del Trattato", "se encuentra en Lima para la firma del acuerdo", "находится
 * в Минске для подписания", "يتواجد في الرباط لتوقيع". The report tells why someone is there, not that the signing
 * is done: it is still ahead unless another clause tells it signed. A past narrative ("gathered for the signing")
 * stays a signing done.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import { SIGNING_NOUN } from "./commitment-signing-noun";

/** A purpose preposition right before the signing noun, its article after it ("for the", "per la", "zur", "для"). */
const PURPOSE = /(?:^|\s)(?:for(?: the)?|pour(?: la)?|per(?: la)?|para(?: la| a)?|zur|für(?: die)?|для|ради)\s*$/iu;
/** Arabic joins its purpose preposition to the noun ("لتوقيع", "للتوقيع"). */
const ARABIC_PURPOSE = /^(?:ل|لل)توقيع/u;
/** A verb of presence or arrival in the present ("is in", "se trouve", "si trova", "находится", "يتواجد"). */
const PRESENCE =
  /(?:^|[^\p{L}])(?:is in|are in|is at|are at|is due in|arrives in|arrive in|arriving in|se trouve|se trouvent|est à|est au|arrive à|arrivent à|si trova|si trovano|è a|è in|arriva a|arrivano a|se encuentra|se encuentran|está en|llega a|llegan a|encontra-se|encontram-se|está em|chega a|chegam a|befindet sich|befinden sich|ist in|sind in|trifft in|находится|находятся|прибывает|прибывают|يتواجد|يتواجدون|يصل|تصل|يزور|تزور)(?=$|[^\p{L}])/iu;
/** The presence verb stands this many characters before the signing noun at most. */
const REACH = 90;

/** Whether a signing noun is the purpose of a presence told in the present, in its clause. */
export function signingPurpose(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const noun = doc.text.slice(cue.span.start, cue.span.end);
  const arabic = ARABIC_PURPOSE.test(noun);
  if (!arabic && !SIGNING_NOUN.test(doc.tokens[cue.tokenStart]?.text ?? "")) return false;
  const sentence = sentenceAt(doc, cue.span.start);
  if (!sentence) return false;
  const before = doc.text.slice(Math.max(sentence.start, cue.span.start - REACH), cue.span.start);
  if (!arabic && !PURPOSE.test(before)) return false;
  const presence = [...before.matchAll(new RegExp(PRESENCE.source, "giu"))].at(-1);
  if (!presence) return false;
  return !CLAUSE_BREAK.test(before.slice(presence.index + presence[0].length));
}
