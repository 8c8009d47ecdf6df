import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words. A signing noun said possible or likely by its clause's predicate is a
// step talked of or expected, never one taken; a step its clause says was made possible, or that was possible in the
// past, keeps its signature.
const CASES: readonly (readonly [string, string, string])[] = [
  [
    "es",
    "La firma de un acuerdo de exención de visados entre Chile y Ghana es posible este año, dijo el embajador.",
    "discussed",
  ],
  [
    "it",
    "La firma di un accordo sui visti tra Italia e Ghana è possibile entro l'anno, ha detto l'ambasciatore.",
    "discussed",
  ],
  [
    "pt",
    "A assinatura de um acordo de isenção de vistos entre Portugal e o Gana é possível ainda este ano, disse o embaixador.",
    "discussed",
  ],
  [
    "fr",
    "La signature d'un accord d'exemption de visas entre la France et le Ghana reste envisageable cette année, selon l'ambassadeur.",
    "discussed",
  ],
  [
    "de",
    "Die Unterzeichnung eines Abkommens über visafreies Reisen zwischen Österreich und Ghana ist in absehbarer Zeit durchaus möglich, sagte der Botschafter.",
    "discussed",
  ],
  [
    "ru",
    "Подписание соглашения о безвизовом режиме между Россией и Ганой вполне возможно в обозримом будущем, отметил посол.",
    "discussed",
  ],
  [
    "ru",
    "Заключение соглашения о безвизовых поездках между Россией и Ганой вероятно уже в этом году, сообщил посол.",
    "proposed",
  ],
  ["ar", "قال السفير إن توقيع اتفاقية للإعفاء من التأشيرات بين مصر وغانا أمر ممكن هذا العام.", "discussed"],
  [
    "en",
    "The signing of a visa waiver agreement between Kenya and Ghana is likely this year, the envoy said.",
    "proposed",
  ],
  // What the signing made possible, or a signing that was possible then: the step was taken.
  ["it", "La firma dell'accordo tra Italia e Ghana ha reso possibile l'abolizione dei visti.", "signed"],
  ["es", "La firma del acuerdo entre Chile y Ghana fue posible gracias a la mediación de Francia.", "signed"],
  ["ru", "Подписание соглашения между Россией и Ганой стало возможным после долгих переговоров.", "signed"],
  [
    "de",
    "Die Unterzeichnung des Abkommens zwischen Österreich und Ghana hat visafreies Reisen möglich gemacht.",
    "signed",
  ],
  // A past copula before or after the predicate, another noun's predicate, "became possible" in Arabic: done.
  ["it", "La firma dell'accordo tra Italia e Ghana è stata possibile grazie alla mediazione dei ministri.", "signed"],
  [
    "de",
    "Die Unterzeichnung des Abkommens zwischen Österreich und Ghana ist erst durch lange Gespräche möglich geworden.",
    "signed",
  ],
  ["en", "The signing of the agreement between Kenya and Ghana is the best possible news for farmers.", "signed"],
  ["ar", "بعد توقيع الاتفاقية بين مصر وغانا أصبح التكامل الاقتصادي ممكنا.", "signed"],
];

describe("a signing noun said possible or likely is no signature", () => {
  it.for(CASES)("%s: %s", async ([, text, status], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-11" });
    expect(a.pairs.length).toBe(1);
    expect(a.commitments.map((c) => c.status)).toEqual([status]);
  });
});

describe("a signing noun of the present said possible is none of the day", () => {
  it("reads 'la rúbrica de' as a signing noun that the predicate can leave undone", async ({ expect }) => {
    const a = await analyze({
      text: "La rúbrica de un acuerdo entre Chile y Ghana es posible en abril, según la cancillería.",
      publishedAt: "2026-03-11",
    });
    expect(a.pairs.map((p) => p.key)).toEqual(["CL-GH"]);
    expect(a.commitments.filter((c) => c.status === "signed")).toEqual([]);
  });
});
