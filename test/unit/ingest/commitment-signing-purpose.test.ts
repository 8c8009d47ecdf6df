/**
 * A signing named as the purpose of a presence told in the present ("is in Rome for the signing of the treaty")
 * is still ahead: nothing is signed unless another clause tells it so. A past gathering for a signing stays a
 * signing done (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

describe("a signing as the purpose of a presence", () => {
  itSignsNothing([
    "en The French president is in Rome for the signing of the treaty on enhanced cooperation between France and Italy.",
    "fr Le président angolais se trouve à Lisbonne pour la signature de l'accord de mobilité entre l'Angola et le Portugal.",
    "it Il presidente francese si trova a Roma per la firma del Trattato per una cooperazione rafforzata tra Italia e Francia.",
    "es El presidente francés se encuentra en Roma para la firma del tratado de cooperación reforzada con Italia.",
    "pt O presidente de Angola encontra-se em Lisboa para a assinatura do acordo de mobilidade entre Angola e Portugal.",
    "de Der kasachische Präsident ist in Berlin zur Unterzeichnung des Abkommens zwischen Deutschland und Kasachstan.",
    "ru Президент Казахстана находится в Минске для подписания договора о союзничестве между Казахстаном и Белоруссией.",
    "ar يتواجد وزير الخارجية المغربي في أستانا لتوقيع اتفاقية الإعفاء من التأشيرات بين المغرب وكازاخستان.",
  ]);
  itSigns([
    [
      "en The two presidents gathered at the Quirinale for the signing of the treaty on enhanced cooperation between Italy and France.",
      ["signed treaty"],
    ],
    [
      "en The French president is in Rome for the signing of the treaty between France and Italy. The treaty was signed on Friday at the Quirinale.",
      ["signed treaty"],
    ],
  ]);
});
