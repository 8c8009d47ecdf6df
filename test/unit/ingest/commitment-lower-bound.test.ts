/**
 * A count given only as a lower bound ("more than 20 documents") tells no number of instruments; "at least 13" still
 * counts thirteen (FICTIONAL sentences in the project's words).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

describe("a lower bound before a count", () => {
  it.for([
    ["en", "Ghana and Togo signed more than 20 agreements on Tuesday in Accra."],
    ["de", "Ghana und Togo unterzeichneten am Dienstag in Accra mehr als zehn Abkommen."],
    ["ru", "Гана и Того подписали во вторник в Аккре свыше 20 соглашений."],
    ["fr", "Le Ghana et le Togo ont signé mardi à Accra plus de 20 accords."],
    // …past qualifiers between the count and its form.
    ["en", "Ghana and Togo signed more than 20 intergovernmental and interagency agreements on Tuesday."],
    ["ru", "Гана и Того подписали во вторник более 20 межправительственных и межведомственных соглашений."],
  ] as const)("counts no instruments (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });

  it("leaves 'at least' a count ('ao menos 13 acordos')", ({ expect }) => {
    expect(firmInstruments("pt", "O Gana e o Togo assinaram ao menos 13 acordos na terça-feira em Acra.")).toBe(13);
  });

  it("reads a bounded batch over a list of fields as one batch, not one instrument per field", ({ expect }) => {
    expect(
      firmInstruments("en", "Ghana and Togo signed more than 20 agreements in trade, energy, health and culture."),
    ).toBe(1);
  });

  it("leaves 'over' and 'über' words of place, not bounds ('presided over 12 agreements')", ({ expect }) => {
    expect(firmInstruments("en", "The two presidents presided over 12 agreements signed on Tuesday in Accra.")).toBe(
      12,
    );
  });
});
