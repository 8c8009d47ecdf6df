/**
 * A host receiving a visitor, told in the present or the future ("hosts", "reçoit", "recebe", "riceve", "recibe",
 * "принимает", "يستقبل"), says the two meet, as "received" does. Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-05-05" })).pairs.map((p) => p.key).sort();

describe("a host receiving a visitor", () => {
  it.for([
    [
      "en",
      "The President of Brazil hosts the President of Angola in Brasilia today. The two heads of state will hold talks.",
    ],
    [
      "fr",
      "Le président du Brésil reçoit aujourd'hui le président de l'Angola. Les deux chefs d'État auront un entretien.",
    ],
    ["pt", "O Presidente do Brasil recebe hoje o Presidente de Angola. Os dois chefes de Estado terão uma reunião."],
    ["es", "El presidente de Brasil recibe hoy al presidente de Angola. Los dos jefes de Estado tendrán una reunión."],
    [
      "it",
      "Il presidente del Brasile riceve oggi il presidente dell'Angola. I due capi di Stato avranno un colloquio.",
    ],
  ] as const)("%s: the host and the visitor are the pair", async ([lang, text], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(["AO-BR"]);
  });
});

describe("Italian 'Usa'", () => {
  it("names the United States in title case", async ({ expect }) => {
    const text =
      "Il ministro degli Esteri italiano ha sentito oggi il segretario di Stato Usa. I due hanno confermato il legame tra Italia e Usa e parlato dell'Ucraina e di Kiev.";
    expect(await pairsOf("it", text)).toEqual(["IT-US"]);
  });
});

describe("Portuguese 'Maurícias'", () => {
  it("names Mauritius (PANA's 'ilhas Maurícias')", async ({ expect }) => {
    const text =
      "As ilhas Maurícias e Moçambique reúnem esta semana a primeira sessão da sua comissão mista. A comissão deverá concluir acordos entre as Maurícias e Moçambique.";
    expect(await pairsOf("pt", text)).toEqual(["MU-MZ"]);
  });
});
