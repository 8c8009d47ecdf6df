/**
 * A signing told as expected, planned or negotiated is still ahead (sentences written for this project, FICTIONAL):
 * - a word of expectation governs its "that" clause to the end ("Ожидается, что итогом визита станет подписание…",
 *   "Si prevede che … sarà la firma", "Es wird erwartet, dass … unterzeichnet");
 * - "plan the signing" ("planen die Unterzeichnung") and "negotiations on signing" ("about to start negotiations on
 *   signing an agreement") sign nothing.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const firm = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3));

const AHEAD = [
  "ru Ожидается, что итогом визита президента Армении в Каир станет подписание ряда документов.",
  "ru Предполагается, что в ходе визита стороны подпишут соглашение о торговле.",
  "it Si prevede che il risultato della visita a Tunisi sarà la firma di diversi accordi.",
  "pt Espera-se que o resultado da visita a Luanda seja a assinatura de vários acordos.",
  "de Im Anschluss an die Gespräche in Accra planen die Parteien die Unterzeichnung mehrerer Abkommen.",
  "en Ghana and Japan are about to start negotiations on signing an agreement on investment protection.",
  "fr Le Bénin et le Japon vont entamer des négociations sur la signature d'un accord de protection des investissements.",
];

const DONE = [
  [
    "ru Как и ожидалось, в ходе визита президента Армении в Каир стороны подписали соглашение о торговле.",
    ["signed agreement"],
  ],
] as const;

describe("a signing told as expected, planned or negotiated", () => {
  it.for(AHEAD)("%s → nothing signed", (line, { expect }) => {
    expect(firm(line)).toEqual([]);
  });
  it.for(DONE)("%s → %j", ([line, wanted], { expect }) => {
    expect(firm(line)).toEqual(wanted);
  });
});
