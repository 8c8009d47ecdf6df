import { describe, it } from "vitest";
import { sentences } from "../../../src/ingest/match/normalize";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a sentence cut by a stray paragraph break is read as one sentence", () => {
  // Published on Friday 13 March 2026; the memorandum was signed on 9 March.
  eventOnEach(
    [
      [
        "en",
        "A memorandum of understanding was signed between the Ministry of Foreign Affairs of the Republic of Ghana and the Ministry of Foreign Affairs of the Republic of Kenya on the setting up of a Joint\n\nPlanning Committee on 9 March 2026 in Accra.\n\nThe two ministers also spoke of trade.",
      ],
      [
        "fr",
        "Un mémorandum d'entente a été signé entre le ministère des affaires étrangères de la République du Ghana et le ministère des affaires étrangères de la République du Kenya sur la création d'un Comité\n\nMixte de Planification le 9 mars 2026 à Accra.\n\nLes deux ministres ont aussi parlé de commerce.",
      ],
      [
        "es",
        "Un memorando de entendimiento fue firmado entre el Ministerio de Relaciones Exteriores de la República de Ghana y el Ministerio de Relaciones Exteriores de la República de Kenia sobre la creación de un Comité Conjunto de\n\nPlanificación el 9 de marzo de 2026 en Accra.\n\nLos dos ministros hablaron también de comercio.",
      ],
    ],
    "2026-03-13T10:00:00Z",
    "2026-03-09",
  );

  it("keeps headlines, short lines and paragraphs of several sentences apart", ({ expect }) => {
    const headline =
      "The foreign minister of Ghana begins an official visit to Kenya and Tanzania to strengthen bilateral cooperation in trade\n\nThe minister arrived on Monday. He will meet the president on Tuesday.";
    expect(sentences(headline)).toHaveLength(3);
    const short = "Ghana and Kenya\n\nSign a trade pact in Accra.";
    expect(sentences(short)).toHaveLength(2);
    const broken =
      "A memorandum of understanding was signed between the Ministry of Foreign Affairs of the Republic of Ghana and the Ministry of Foreign Affairs of the Republic of Kenya on the setting up of a Joint\n\nPlanning Committee on 9 March 2026 in Accra.";
    expect(sentences(broken)).toHaveLength(1);
  });
});
