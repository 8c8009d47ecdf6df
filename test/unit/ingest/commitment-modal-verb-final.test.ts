/**
 * A German modal or future verb governs the signing infinitive that closes its clause, however many words stand
 * between ("Beide Seiten wollen ein Abkommen über … unterzeichnen"): proposed, never signed. A present or a
 * passive of the day ("unterzeichneten", "wurden … unterzeichnet", "werden heute … unterzeichnet") stays signed.
 * Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const LEAD = "Der Außenminister empfing am Mittwoch in Berlin seinen kasachischen Amtskollegen. ";

/** Each case: how many instruments the sentences sign, after the lead. */
const CASES: { title: string; firm: number; texts: string[] }[] = [
  {
    title: "nothing signed",
    firm: 0,
    texts: [
      "Beide Seiten wollen ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnen.",
      "Die Minister möchten noch in diesem Jahr ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnen.",
      "Die beiden Länder werden morgen in Berlin ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnen.",
      "Die Minister sollten am Freitag ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnen.",
      "Am Donnerstag soll in Astana ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnet werden.",
      "Beide Regierungen können nun ein Abkommen über die Zusammenarbeit im Energiebereich abschließen.",
    ],
  },
  {
    title: "signed",
    firm: 1,
    texts: [
      "Die Minister unterzeichneten am Mittwoch ein Abkommen über die Zusammenarbeit im Energiebereich.",
      "Am Mittwoch wurde ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnet.",
      "Die Minister unterzeichnen heute in Berlin ein Abkommen über die Zusammenarbeit im Energiebereich.",
      "Beide Seiten wollen die Zusammenarbeit vertiefen. Am Mittwoch unterzeichneten sie ein Abkommen über den Energiebereich.",
    ],
  },
];

describe("a German modal before a verb-final signing", () => {
  for (const c of CASES) {
    it.for(c.texts)(`%s: ${c.title}`, (text, { expect }) => {
      expect(firmInstruments("de", LEAD + text)).toBe(c.firm);
    });
  }
});
