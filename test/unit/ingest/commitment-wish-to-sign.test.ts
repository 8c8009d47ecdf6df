/**
 * A country's wish, interest or keenness to sign (sentences written for this project, FICTIONAL) is no signature:
 * "أبدى رغبة بلاده في إبرام اتفاقية", "أعرب عن اهتمام بلاده بتوقيع…", "أكد حرص بلاده على توقيع…", "выразил
 * заинтересованность в подписании…". The wish is told with a noun before the signing noun, as "the wish to sign" is
 * in other languages with an infinitive.
 */
import { describe } from "vitest";
import { itSignsNothing } from "../../helpers/commitment-read";

describe("a wish or interest to sign signs nothing", () => {
  itSignsNothing([
    "ar وأبدى وزير خارجية تشيلي رغبة بلاده في إبرام اتفاقية للتجارة الحرة مع البيرو.",
    "ar وأعرب وزير خارجية تشيلي عن اهتمام بلاده بتوقيع اتفاقية للتجارة الحرة مع البيرو.",
    "ar وأكد وزير خارجية تشيلي حرص بلاده على توقيع اتفاقية للتجارة الحرة مع البيرو.",
    "ru Министр иностранных дел Чили выразил заинтересованность своей страны в подписании соглашения о свободной торговле с Перу.",
    "en The foreign minister of Chile voiced his country's keenness to sign a free trade agreement with Peru.",
  ]);
});
