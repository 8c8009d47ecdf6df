/**
 * A pluperfect of signing told after a verb of telling is the reported news in the past of the telling, not an older
 * step ("A statement said two memoranda had been signed", "a indiqué que deux mémorandums avaient été signés"); with
 * "already" anywhere in its clause, an earlier time of its own (a year, a month, a former government), a verb of
 * telling in another clause, or in Arabic, which shifts no tense, it still tells an older step (FICTIONAL sentences written for this
 * project).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const CASES: readonly { lang: string; text: string; firm: number }[] = [
  {
    lang: "en",
    text: "A statement from the foreign office said two memoranda of understanding had been signed between Fiji and Samoa.",
    firm: 2,
  },
  {
    lang: "fr",
    text: "Le ministère a indiqué que deux mémorandums d'entente avaient été signés entre le Bénin et le Niger.",
    firm: 2,
  },
  {
    lang: "es",
    text: "La cancillería informó que se habían firmado dos memorandos de entendimiento entre Bolivia y Paraguay.",
    firm: 2,
  },
  {
    lang: "it",
    text: "Il ministero ha riferito che erano stati firmati due memorandum d'intesa tra Albania e Montenegro.",
    firm: 2,
  },
  // Older steps still.
  {
    lang: "en",
    text: "The minister said Fiji and Samoa had already signed three agreements before the visit.",
    firm: 0,
  },
  { lang: "en", text: "The minister said Fiji and Samoa had signed three agreements in 2015.", firm: 0 },
  { lang: "en", text: "Fiji and Samoa had signed three agreements on fisheries.", firm: 0 },
  { lang: "es", text: "El ministro dijo que Bolivia y Paraguay ya habían firmado tres acuerdos.", firm: 0 },
  { lang: "pt", text: "O ministro disse que Angola e Zâmbia já tinham assinado três acordos.", firm: 0 },
  { lang: "en", text: "The minister said Fiji and Samoa had signed three agreements in February.", firm: 0 },
  {
    lang: "fr",
    text: "Le ministre a indiqué que le Bénin et le Niger avaient signé trois accords sous le précédent gouvernement.",
    firm: 0,
  },
  {
    lang: "en",
    text: "The minister, who said talks went well, noted that Fiji and Samoa had signed three agreements.",
    firm: 0,
  },
  // Arabic does not shift its tenses back.
  { lang: "ar", text: "قال الوزير إن الأردن وسلطنة عمان كانا قد وقعا خمس اتفاقيات قبل الحرب.", firm: 0 },
];

describe("a pluperfect of signing after a verb of telling", () => {
  it.for(CASES)("$lang: $firm signed in «$text»", ({ lang, text, firm }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(firm);
  });
});
