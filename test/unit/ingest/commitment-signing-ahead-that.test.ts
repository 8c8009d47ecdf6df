/**
 * A signing noun that opens a clause of "that" as the subject of a future predicate is still ahead, as one opening its
 * sentence is: "The government stressed that the signing of the agreement will give new impetus…", "подчеркнули, что
 * подписание соглашения придаст импульс…" (Russian perfective futures of consequence: "придаст", "укрепит",
 * "обеспечит", "откроет", "послужит"). After a sentence that signs the instrument, the noun names that signature and
 * it stays signed (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "en Fiji and Samoa plan to sign an agreement on visas in May. The government stressed that the signing of the agreement will give new impetus to cooperation.",
  "es Chile y Perú prevén firmar un acuerdo de pesca en mayo. El gobierno subrayó que la firma del acuerdo permitirá ampliar la cooperación.",
  "fr Le Bénin et le Niger prévoient de signer un accord sur la pêche en mai. Le gouvernement a souligné que la signature de l'accord renforcera la coopération.",
  "ru Армения и Грузия планируют подписать соглашение о рыболовстве в мае. В правительстве подчеркнули, что подписание соглашения придаст импульс сотрудничеству.",
  "de Albanien und Montenegro wollen im Mai ein Abkommen über Fischerei unterzeichnen. Die Regierung betonte, dass die Unterzeichnung des Abkommens der Zusammenarbeit neuen Schwung geben wird.",
  "it Albania e Montenegro prevedono di firmare a maggio un accordo sulla pesca. Il governo ha sottolineato che la firma dell'accordo darà nuovo slancio alla cooperazione.",
  "pt Angola e Zâmbia preveem assinar em maio um acordo de pescas. O governo sublinhou que a assinatura do acordo dará novo impulso à cooperação.",
];

const SIGNED = [
  "en Fiji and Samoa signed an agreement on visas on Monday. The minister said that the signing of the agreement will boost tourism.",
  "ru Армения и Грузия подписали в понедельник соглашение о рыболовстве. В правительстве подчеркнули, что подписание соглашения придаст импульс сотрудничеству.",
  "es Chile y Perú firmaron el lunes un acuerdo de pesca. El ministro dijo que la firma del acuerdo permitirá ampliar la cooperación.",
].map((line) => [line, ["signed agreement"]] as const);

describe("a signing noun opening a clause of 'that' before a future", () => {
  itSignsNothing(AHEAD);
  itSigns(SIGNED);
});
