/**
 * A visit that names its visitor's country first and then its destination by the capital alone ("la visita del
 * presidente algerino a Roma", "визит президента Узбекистана в Москву") bonds the two: the visitor's country and the
 * capital's. Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-03-10" })).pairs.map((p) => p.key).sort();

describe("a visit of one country's official to the other's capital", () => {
  it.for([
    ["fr", "Deux accords ont été signés lundi lors de la visite du président kényan à Kampala."],
    ["es", "Dos acuerdos fueron firmados el lunes durante la visita del presidente keniano a Kampala."],
    ["it", "Due accordi sono stati firmati lunedì nel corso della visita del presidente keniota a Kampala."],
    ["pt", "Dois acordos foram assinados na segunda-feira durante a visita do presidente queniano a Kampala."],
    ["de", "Zwei Abkommen wurden am Montag beim Besuch des kenianischen Präsidenten in Kampala unterzeichnet."],
    ["ru", "В ходе визита президента Кении в Кампалу в понедельник стороны подписали два соглашения."],
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(["KE-UG"]);
  });

  // The visitor's own capital is no destination of another country: no pair.
  it("a visit to the visitor's own capital makes no pair", async ({ expect }) => {
    expect(
      await pairsOf("fr", "Deux accords ont été signés lundi lors de la visite du président kényan à Nairobi."),
    ).toEqual([]);
  });
});
