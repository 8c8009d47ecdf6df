/**
 * Letters and protocols of intent state intent like a declaration; a complementary adjustment to a basic agreement is
 * an agreement of its own; an ordinal that is the subject of "is" marks one item of a batch ("The first is an
 * agreement…"); a counted batch of documents of no one form opens its items as a batch of agreements does; a number
 * before a word for states counts the parties, not the instruments ("двух стран подписали протокол"). Sentences
 * written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmInstruments, firmSectors, itSigns } from "../../helpers/commitment-read";

const INTENT = [
  ["en Ghana and Vietnam signed a letter of intent on rice trade in Accra.", ["signed declaration"]],
  ["en Ghana and Vietnam signed a protocol of intent on vocational training.", ["signed declaration"]],
  ["fr Le Ghana et le Vietnam ont signé une lettre d'intention sur le commerce du riz.", ["signed declaration"]],
  ["it Italia e Ghana hanno firmato una lettera d'intenti sulla formazione professionale.", ["signed declaration"]],
  ["es Paraguay y Honduras suscribieron una carta de intención sobre formación diplomática.", ["signed declaration"]],
  ["pt O Brasil e Angola assinaram um Protocolo de Intenções sobre energia solar.", ["signed declaration"]],
  ["de Deutschland und Ghana unterzeichneten einen Letter of Intent zur Berufsbildung.", ["signed declaration"]],
  ["ru Армения и Индия подписали письмо о намерениях в сфере образования.", ["signed declaration"]],
  ["ar وقع الأردن وتونس خطاب نوايا للتعاون في مجال التعليم.", ["signed declaration"]],
  [
    "pt O Brasil e Angola assinaram um Ajuste Complementar ao Acordo Básico de Cooperação Técnica na área da saúde.",
    ["signed agreement"],
  ],
  ["es Paraguay y Honduras firmaron un ajuste complementario en materia de salud.", ["signed agreement"]],
] as const;

describe("letters and protocols of intent, and complementary adjustments", () => {
  itSigns(INTENT);
});

describe("items of a batch told as the subject of 'is'", () => {
  it.for([
    [
      "pt",
      "O Brasil e Cabo Verde firmaram hoje quatro instrumentos de cooperação. O primeiro é um acordo sobre pescas. O segundo, também um acordo, trata da saúde pública.",
      ["agriculture-food-security agreement", "health agreement"],
    ],
    [
      "en",
      "Ghana and Kenya signed four instruments on Monday. The first is an agreement on fisheries. The second is also an agreement, on public health.",
      ["agriculture-food-security agreement", "health agreement"],
    ],
  ] as const)("%s: %s", ([lang, text, named], { expect }) => {
    // The two items named, each with its field, and the batch's two unnamed instruments: four in all.
    expect(firmSectors(lang, text)).toEqual(expect.arrayContaining([...named]));
    expect(firmInstruments(lang, text)).toBe(4);
  });
});

describe("a number before a word for states counts the parties", () => {
  it.for([
    ["ru", "Министерства обороны двух стран подписали протокол о намерениях в сфере подготовки кадров.", 1],
    ["ru", "Министерства обороны двух стран подписали соглашение о подготовке военных кадров.", 1],
    ["ru", "Министерства двух стран подписали три соглашения о подготовке кадров.", 3],
    ["de", "Die Minister beider Länder unterzeichneten drei Abkommen über Bildung.", 3],
  ] as const)("%s: %s", ([lang, text, count], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(count);
  });
});
