/**
 * A signing named as the goal of talks is still ahead, in the eight languages ("the goal of the talks is the signing
 * of…", "siendo la meta más cercana la firma de…", "с целью подписания"), but a goal of an instrument already
 * signed ("the objective of the agreement signed on Friday is…") leaves that signature standing. Sentences in our
 * own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const GOALS: readonly (readonly [string, string])[] = [
  ["en", "The ministers said the nearest goal is the signing of framework agreements on trade and culture."],
  [
    "fr",
    "Les ministres ont indiqué que l'objectif le plus proche est la signature d'accords-cadres sur le commerce et la culture.",
  ],
  [
    "it",
    "I ministri hanno indicato che l'obiettivo più vicino è la firma di accordi quadro sul commercio e la cultura.",
  ],
  [
    "es",
    "Los ministros reafirmaron su intención de avanzar, siendo la meta más cercana la firma de acuerdos marco para la cooperación comercial y cultural.",
  ],
  [
    "pt",
    "Os ministros indicaram que o objetivo mais próximo é a assinatura de acordos-quadro sobre comércio e cultura.",
  ],
  ["de", "Die Minister erklärten, nächstes Ziel sei die Unterzeichnung von Rahmenabkommen über Handel und Kultur."],
  ["ru", "Министры провели встречу с целью подписания рамочных соглашений о торговле и культуре."],
  ["ar", "وأوضح الوزيران أن الهدف القريب هو توقيع اتفاقيات إطارية للتعاون التجاري والثقافي."],
];

const SIGNED: readonly (readonly [string, string])[] = [
  ["en", "The objective of the agreement on air services signed on Friday is to open direct flights."],
  ["es", "El objetivo del acuerdo de servicios aéreos firmado el viernes es abrir vuelos directos."],
  ["fr", "L'objectif de l'accord sur les services aériens signé vendredi est d'ouvrir des vols directs."],
];

/** Each case with the signed instruments it gives: none for a goal, one for a goal of an instrument signed. */
const CASES = [
  ...GOALS.map(([lang, text]) => ({ lang, text, firm: 0 })),
  ...SIGNED.map(([lang, text]) => ({ lang, text, firm: 1 })),
];

describe("a signing named as a goal", () => {
  it.for(CASES)("$lang: $firm signed in «$text»", ({ lang, text, firm }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(firm);
  });
});
