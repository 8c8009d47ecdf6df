import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A when clause after a verb of presiding or attending tells the signing
// attended; after any other main clause, an undated when clause stays background.
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "de",
    "Marokko und Ghana: Zudem saßen die beiden Staatschefs vor, als drei Abkommen unterzeichnet wurden.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "de",
    "Marokko und Ghana: Die beiden Staatschefs wohnten der Zeremonie bei, als zwei Abkommen unterzeichnet wurden.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "fr",
    "Les présidents du Ghana et du Togo ont présidé la cérémonie lorsque quatre accords ont été signés.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "en",
    "The presidents of Ghana and Togo presided over the ceremony when two agreements were signed.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "pt",
    "Os presidentes de Angola e Moçambique presidiram à cerimónia quando foram assinados dois acordos.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  // Background: the main clause tells something else, timed by a signing; a verb also said of trends, or a time of
  // the main clause's own, attends nothing.
  ["en", "Kenya witnessed an investment boom when the trade agreement with Uganda was signed.", []],
  ["fr", "La Mauritanie a assisté à un essor de la pêche lorsque l'accord avec le Maroc a été signé.", []],
  ["ru", "Министры присутствовали на переговорах в прошлом году, когда Россия и Китай подписали договор.", []],
  [
    "en",
    "The presidents of Kenya and Uganda were present at the talks last year when the border treaty was signed.",
    [],
  ],
  ["en", "Ghana and Togo first discussed the port when their ministers signed a joint statement.", []],
  ["de", "Marokko und Ghana sprachen erstmals über den Hafen, als ihre Minister eine Erklärung unterzeichneten.", []],
];

describe("a when clause after a verb of presiding or attending tells the signing attended", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
