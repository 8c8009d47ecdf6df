/**
 * A counted batch, then a sentence opening on "These are" / "Это" / "Ce sont" that lists its instruments: each is one
 * of the batch, signed. After no counted batch the pronoun lends nothing. A joint commission at whose close a batch is
 * signed is where it was signed, not an instrument. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmInstruments, itSignsNothing } from "../../helpers/commitment-read";

describe("a counted batch listed after 'These are'", () => {
  it.for([
    [
      "en",
      "Zambia and Botswana signed three agreements on Wednesday. These are an agreement on road transport, a memorandum on tourism and a programme of cultural exchanges.",
      3,
    ],
    [
      "ru",
      "Армения и Казахстан подписали три документа. Это соглашение о воздушном сообщении; меморандум о сотрудничестве в области туризма; а также программа сотрудничества в сфере культуры.",
      3,
    ],
    [
      "fr",
      "La Zambie et le Botswana ont signé trois accords mercredi. Ce sont un accord sur le transport routier, un mémorandum sur le tourisme et un programme d'échanges culturels.",
      3,
    ],
    [
      "en",
      "Zambia and Botswana signed three agreements on Wednesday at the close of their joint commission in Lusaka.",
      3,
    ],
    ["es", "Perú y Bolivia firmaron tres acuerdos al cierre de su comisión mixta en Lima.", 3],
  ] as const)("%s: %s", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });
});

describe("'These are' after no counted batch", () => {
  itSignsNothing([
    "en Zambia and Botswana discussed trade on Wednesday. These are an agreement on road transport and a memorandum on tourism, the ministers hope.",
  ]);
});
