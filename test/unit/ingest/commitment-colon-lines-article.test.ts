/**
 * A signing sentence closed by a colon signs the instruments listed one per line after it, an indefinite article
 * before the form included ("Un mémorandum sur…", "A memorandum on…"); a line opening on a definite plural ("The
 * memoranda mark…") speaks of those listed and adds none (reports written for this project, FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TWO = [
  [
    "fr",
    "Le Bénin et le Niger ont signé jeudi à Niamey :\n\nUn mémorandum sur la pêche.\n\nUn mémorandum sur le tourisme.",
  ],
  [
    "en",
    "Benin and Niger signed the following in Niamey on Thursday:\n\nA memorandum on fisheries.\n\nA memorandum on tourism.\n\nThe memoranda mark a new step in cooperation on culture, health and energy.",
  ],
  [
    "es",
    "Chile y Perú firmaron el jueves en Lima los siguientes documentos:\n\nUn memorando sobre pesca.\n\nUn memorando sobre turismo.",
  ],
  [
    "pt",
    "Angola e Namíbia assinaram na quinta-feira em Luanda:\n\nUm memorando sobre pescas.\n\nUm memorando sobre turismo.",
  ],
  ["it", "Italia e Tunisia hanno firmato giovedì a Roma:\n\nUn memorandum sulla pesca.\n\nUn memorandum sul turismo."],
  [
    "de",
    "Österreich und Ghana unterzeichneten am Donnerstag in Wien:\n\nEin Memorandum über Fischerei.\n\nEin Memorandum über Tourismus.",
  ],
] as const;

describe("instruments listed one per line after a colon, each with its article", () => {
  it.for(TWO)("%s: %s → two memoranda", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed memorandum", "signed memorandum"]);
  });
});
