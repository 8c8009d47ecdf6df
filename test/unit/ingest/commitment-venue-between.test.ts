/**
 * The joint commission whose session hosted a signing, standing between the signing verb and the instruments
 * ("signed during the ninth session of the joint commission memoranda in…", "وقعت … خلال الدورة التاسعة للجنة
 * المشتركة مذكرتي تفاهم…"), is the setting: it takes no status word from them, and the instruments are signed.
 * Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const SIGNED_THROUGH_VENUE: Record<string, string> = {
  en: "The ministers signed during the ninth session of the joint commission memoranda of understanding on energy and health.",
  fr: "Les ministres ont signé lors de la neuvième session de la commission mixte des mémorandums d'entente sur l'énergie et la santé.",
  ar: "ووقع الوزيران خلال الدورة التاسعة للجنة المشتركة مذكرتي تفاهم في مجالي الطاقة والصحة.",
};

describe("a signing hosted by a joint commission's session named before the instruments", () => {
  for (const [lang, text] of Object.entries(SIGNED_THROUGH_VENUE)) {
    it(`${lang}: the instruments are signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(2);
    });
  }
});
