/**
 * A signing still to come is no signature (sentences in our own words, FICTIONAL, through findCommitments): a
 * verb in the future tense ("firmarán", "firmerà", "assinarão", "signeront"), a future adjective after the signing
 * noun ("la signature prochaine", "التوقيع المرتقب"), a German future auxiliary far before its clause-final
 * participle ("wird … unterzeichnet") and "предполагается подписание" make it proposed. The same sentences in a
 * past tense still sign.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  [
    "es",
    "Los técnicos de ambos gobiernos trabajarán conjuntamente para la firma de un memorándum de entendimiento sobre pesca.",
  ],
  ["es", "Los cancilleres firmarán un acuerdo de cooperación cultural durante la visita."],
  ["it", "I due ministri firmeranno un accordo di cooperazione culturale durante la visita."],
  ["pt", "Os dois ministros assinarão um acordo de cooperação cultural durante a visita."],
  ["fr", "Les deux ministres signeront un accord de coopération culturelle pendant la visite."],
  ["fr", "Les deux présidents ont annoncé la signature prochaine d'un accord de défense."],
  ["ar", "أعلن الرئيسان عن التوقيع المرتقب على اتفاقية للتعاون الدفاعي بين البلدين."],
  [
    "de",
    "Zuvor wird in Wien im Beisein beider Außenminister eine Absichtserklärung zur strategischen Partnerschaft unterzeichnet.",
  ],
  ["ru", "Кроме того, предполагается подписание межправительственного соглашения о культурном сотрудничестве."],
];

const DONE: readonly (readonly [string, string])[] = [
  ["es", "Los cancilleres firmaron un acuerdo de cooperación cultural durante la visita."],
  ["it", "I due ministri hanno firmato un accordo di cooperazione culturale durante la visita."],
  ["pt", "Os dois ministros assinaram um acordo de cooperação cultural durante a visita."],
  ["fr", "Les deux ministres ont signé un accord de coopération culturelle pendant la visite."],
  [
    "de",
    "Zuvor wurde in Wien im Beisein beider Außenminister eine Absichtserklärung zur strategischen Partnerschaft unterzeichnet.",
  ],
];

describe("a signing still to come is none", () => {
  it.for(AHEAD)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});

describe("the same signing told as done signs", () => {
  it.for(DONE)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text).length).toBe(1);
  });
});
