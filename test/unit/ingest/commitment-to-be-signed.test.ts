/**
 * Instruments "to be signed" ("a serem rubricados", "devant être signés", "подлежащих подписанию", "zu
 * unterzeichnenden") or scheduled for signing ("scheduled for signing", "запланированных к подписанию") are not
 * signed yet, and a signing "followed by" after a programme item in the future ("terá uma
 * reunião…, seguida da assinatura", "aura un entretien…, suivi de la signature", "avrà un colloquio…, seguito dalla
 * firma") is still ahead. The same "followed by" after a past verb is a signing done. Sentences in our own words,
 * through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const TO_BE_SIGNED: Record<string, string> = {
  pt: "Uma convenção sobre a dupla tributação e um protocolo de saúde são alguns dos acordos a serem rubricados.",
  fr: "Une convention sur la double imposition et un protocole sur la santé font partie des accords devant être signés.",
  ru: "Конвенция об избежании двойного налогообложения входит в число документов, подлежащих подписанию.",
  de: "Ein Doppelbesteuerungsabkommen gehört zu den zu unterzeichnenden Abkommen.",
};

/** Instruments scheduled for signing ("scheduled for signing", "запланированных к подписанию"). */
const SCHEDULED: Record<string, string> = {
  en: "The agreements scheduled for signing cover energy and agriculture.",
  fr: "Les accords prévus à la signature portent sur l'énergie et l'agriculture.",
  it: "Gli accordi previsti per la firma riguardano energia e agricoltura.",
  es: "Los acuerdos previstos para su firma abarcan energía y agricultura.",
  pt: "Os acordos previstos para assinatura abrangem energia e agricultura.",
  de: "Die zur Unterzeichnung vorgesehenen Abkommen betreffen Energie und Landwirtschaft.",
  ru: "Говоря о запланированных к подписанию соглашениях, посол отметил, что речь идет об энергетике и сельском хозяйстве.",
};

const FOLLOWED_AHEAD: Record<string, string> = {
  pt: "O primeiro-ministro terá uma reunião com o homólogo, seguida da assinatura de um acordo sobre pescas.",
  fr: "Le président aura un entretien avec son homologue, suivi de la signature d'un accord sur la pêche.",
  it: "Il presidente avrà un colloquio con il suo omologo, seguito dalla firma di un accordo sulla pesca.",
  en: "The president will hold talks with his counterpart, followed by the signing of an agreement on fisheries.",
};

/** The signing as the second item after "followed by" ("seguido de uma reunião bilateral e da assinatura"). */
const FOLLOWED_SECOND: Record<string, string> = {
  pt: "O primeiro-ministro terá uma reunião com o homólogo, seguida de um almoço de trabalho e da assinatura de um acordo sobre pescas.",
  fr: "Le président aura un entretien avec son homologue, suivi d'un déjeuner et de la signature d'un accord sur la pêche.",
};

const FOLLOWED_DONE: Record<string, string> = {
  pt: "O primeiro-ministro teve uma reunião com o homólogo, seguida da assinatura de um acordo sobre pescas.",
  fr: "Le président a eu un entretien avec son homologue, suivi de la signature d'un accord sur la pêche.",
  it: "Il presidente ha avuto un colloquio con il suo omologo, seguito dalla firma di un accordo sulla pesca.",
  en: "The president held talks with his counterpart, followed by the signing of an agreement on fisheries.",
};

describe("instruments to be signed", () => {
  for (const [lang, text] of Object.entries(TO_BE_SIGNED)) {
    it(`${lang}: none signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
});

describe("instruments scheduled for signing", () => {
  for (const [lang, text] of Object.entries(SCHEDULED)) {
    it(`${lang}: none signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
});

describe("a signing following a programme item", () => {
  for (const [lang, text] of Object.entries(FOLLOWED_AHEAD)) {
    it(`${lang}: ahead after a future verb`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(FOLLOWED_SECOND)) {
    it(`${lang}: ahead as the second item after a future verb`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(FOLLOWED_DONE)) {
    it(`${lang}: done after a past verb`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
});
