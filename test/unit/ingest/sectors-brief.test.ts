/**
 * A brief (at most a few hundred words) names each area once: one mention in its story counts there, though not a
 * word of someone's office; in a longer report one plain mention outside the lead still does not (FICTIONAL texts in
 * our own words).
 */
import { describe, it } from "vitest";
import { sectorsIn, sectorsOfBrief } from "../../helpers/sectors";

const LEAD = {
  en: "The foreign ministers of Ghana and Togo held talks in Lome on Monday. They praised the close ties between the two countries. ",
  fr: "Les ministres des Affaires étrangères du Ghana et du Togo se sont entretenus lundi à Lomé. Ils ont salué les liens étroits entre les deux pays. ",
  es: "Los cancilleres de Ghana y Togo conversaron el lunes en Lomé. Elogiaron los estrechos lazos entre los dos países. ",
} as const;

describe("briefs", () => {
  it.for([
    ["en", "The Togolese side also raised the joint fisheries project.", "agriculture-food-security"],
    ["fr", "La partie togolaise a aussi évoqué le projet conjoint de pêche.", "agriculture-food-security"],
    ["es", "La parte togolesa también mencionó el proyecto conjunto de pesca.", "agriculture-food-security"],
  ] as const)("%s: one plain mention in a brief's story counts", ([lang, sentence, slug], { expect }) => {
    expect(sectorsOfBrief(lang, `${LEAD[lang]}${sentence}`)).toContain(slug);
  });

  it("a word of someone's office does not", ({ expect }) => {
    expect(sectorsOfBrief("en", `${LEAD.en}The Minister of Health of Togo attended the talks.`)).not.toContain(
      "health",
    );
  });

  it("in a longer report, one plain mention outside the lead still does not", ({ expect }) => {
    expect(sectorsIn("en", `${LEAD.en}The Togolese side also raised the joint fisheries project.`)).not.toContain(
      "agriculture-food-security",
    );
  });
});
