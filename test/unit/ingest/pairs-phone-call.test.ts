/**
 * A phone call between two sides is a meeting of the two, in the eight languages ("held a phone call",
 * "entretien téléphonique", "telefonata", "llamada telefónica", "telefonema", "телефонный разговор", "اتصالا هاتفيا").
 * Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-05-12" })).pairs.map((p) => p.key).sort();

describe("a phone call", () => {
  it.for([
    ["en", "The president of Kenya held a phone call on Monday with the president of Ghana, State House said."],
    [
      "fr",
      "Le président du Kenya a eu lundi un entretien téléphonique avec le président du Ghana, selon la présidence.",
    ],
    [
      "es",
      "El presidente de Kenia mantuvo el lunes una llamada telefónica con el presidente de Ghana, según la presidencia.",
    ],
    [
      "pt",
      "O Presidente do Quénia teve na segunda-feira um telefonema com o Presidente do Gana, segundo a presidência.",
    ],
    ["ru", "Президент Кении в понедельник провёл телефонный разговор с президентом Ганы, сообщила пресс-служба."],
    ["ar", "أجرى رئيس كينيا اتصالا هاتفيا يوم الاثنين مع رئيس غانا، بحسب بيان للرئاسة."],
  ] as const)("%s: the two sides of the call are the pair", async ([lang, text], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(["GH-KE"]);
  });
});
