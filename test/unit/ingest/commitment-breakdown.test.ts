/**
 * A counted batch of any instrument broken down by form in a sentence right after it, a sentence that signs nothing
 * of its own, is that many of each form when the counts add up to the batch's ("Le lot se compose de huit
 * conventions, d'un accord et de cinq mémorandums"); counts that do not add up leave the batch whole. Sentences
 * written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const byForm = (lang: string, text: string) => {
  const out: Record<string, number> = {};
  for (const c of commitmentsOf(lang, text).filter((h) => h.status === "signed"))
    out[c.legalForm ?? "-"] = (out[c.legalForm ?? "-"] ?? 0) + (c.instruments ?? 1);
  return out;
};

const BROKEN = [
  [
    "fr",
    "Le Sénégal et le Maroc ont conclu lundi quatorze accords. Le lot se compose de huit (8) conventions, d'un (1) accord sur la pêche et de cinq (5) mémorandums d'entente.",
  ],
  [
    "pt",
    "Angola e Cabo Verde assinaram na segunda-feira catorze acordos. O conjunto é composto por oito convenções, um acordo sobre pescas e cinco memorandos de entendimento.",
  ],
  [
    "it",
    "Italia e Tunisia hanno concluso lunedì quattordici accordi. Il pacchetto comprende otto convenzioni, un accordo sulla pesca e cinque memorandum d'intesa.",
  ],
] as const;

describe("a counted batch broken down by form", () => {
  it.for(BROKEN)("%s: nine agreements and five memoranda", ([lang, text], { expect }) => {
    expect(byForm(lang, text)).toEqual({ agreement: 9, memorandum: 5 });
  });
  it("leaves the batch whole when the counts do not add up", ({ expect }) => {
    const text =
      "Le Sénégal et le Maroc ont conclu lundi quatorze accords. Le lot réunit notamment trois conventions et deux mémorandums d'entente.";
    expect(byForm("fr", text)).toEqual({ agreement: 14 });
  });
  // "On y trouve" is a carry phrase: the instruments it names are of the batch, the rest of it stays agreements.
  it("names some of the batch after a carry phrase", ({ expect }) => {
    const text =
      "Le Sénégal et le Maroc ont conclu lundi quatorze accords. On y trouve notamment trois conventions et deux mémorandums d'entente.";
    expect(byForm("fr", text)).toEqual({ agreement: 12, memorandum: 2 });
  });
  it("breaks nothing down by a sentence of a status of its own", ({ expect }) => {
    const text =
      "Le Sénégal et le Maroc ont conclu lundi douze accords. Sept conventions et cinq mémorandums d'entente seront signés demain.";
    expect(byForm("fr", text)).toEqual({ agreement: 12 });
  });
});
