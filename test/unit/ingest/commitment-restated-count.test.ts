/**
 * A demonstrative and a count name again the batch an earlier sentence signed, whatever word each sentence uses
 * (sentences in our own words, FICTIONAL, through findCommitments): "signed two cooperation agreements … These two
 * memoranda were signed after…" is two instruments, not four. A count that differs from what was signed before, or a
 * count with no demonstrative, is a batch of its own.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

/** How many instruments a report signs: its firm commitments, a batch counting as many as it holds. */
function signedInstruments(lang: string, text: string): number {
  return commitmentsOf(lang, text)
    .filter((c) => c.status === "signed")
    .reduce((n, c) => n + (c.instruments ?? 1), 0);
}

const CASES: readonly (readonly [string, string, number])[] = [
  [
    "pt",
    "Os governos dos dois países assinaram na terça-feira dois acordos de cooperação sobre energias renováveis e promoção de investimentos. Estes dois memorandos foram assinados após uma reunião entre os chefes de Estado.",
    2,
  ],
  [
    "en",
    "The two governments signed two cooperation agreements on renewable energy and investment promotion on Tuesday. These two memoranda were signed after a meeting between the heads of state.",
    2,
  ],
  [
    "fr",
    "Les deux gouvernements ont signé mardi deux accords de coopération sur les énergies renouvelables et la promotion des investissements. Ces deux mémorandums ont été signés à l'issue d'une réunion entre les chefs d'État.",
    2,
  ],
  [
    "es",
    "Los dos gobiernos firmaron el martes dos acuerdos de cooperación sobre energías renovables y promoción de inversiones. Estos dos memorandos fueron firmados tras una reunión entre los jefes de Estado.",
    2,
  ],
  [
    "it",
    "I due governi hanno firmato martedì due accordi di cooperazione sulle energie rinnovabili e sulla promozione degli investimenti. Questi due memorandum sono stati firmati dopo un incontro tra i capi di Stato.",
    2,
  ],
  [
    "ru",
    "Правительства двух стран во вторник подписали два соглашения о сотрудничестве в области возобновляемой энергетики и содействия инвестициям. Эти два меморандума были подписаны после встречи глав государств.",
    2,
  ],
  // Two of a larger count told before ("four agreements … These two memoranda"): still four.
  [
    "en",
    "The two governments signed four agreements in the capital on Monday. These two memoranda, signed by the interior ministers, cover migration.",
    4,
  ],
  // Another count, or no demonstrative: another batch.
  [
    "en",
    "The two governments signed two cooperation agreements on renewable energy and investment promotion on Tuesday. Three memoranda were signed after a meeting between the heads of state.",
    5,
  ],
];

describe("a demonstrative and a count name again what was signed before", () => {
  it.for(CASES)("%s: %s", ([lang, text, n], { expect }) => {
    expect(signedInstruments(lang, text)).toBe(n);
  });
});
