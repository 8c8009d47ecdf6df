/**
 * A demonym both Congos claim ("congolais", "congolese", "Congolese", "congolês") names the one the report names
 * outright ("République du Congo"), so a report that names the country once and its people three times gives its
 * pair, not one with the Holy See it also mentions (FICTIONAL reports written for this project). With neither
 * Congo, or both, named outright, such a demonym names nobody.
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const CONGOLESE: readonly (readonly [string, string])[] = [
  [
    "it",
    "L'Italia finanzierà nove ospedali nella Repubblica del Congo, in base a un accordo firmato a Roma durante la visita del presidente congolese. L'accordo è stato firmato dal ministro congolese della Cooperazione e dal viceministro italiano. Il leader congolese è stato poi ricevuto in Vaticano dal Papa e dal Segretario di Stato della Santa Sede.",
  ],
  [
    "fr",
    "L'Italie financera neuf hôpitaux en République du Congo, en vertu d'un accord signé à Rome lors de la visite du président congolais. L'accord a été signé par le ministre congolais de la Coopération et le vice-ministre italien. Le dirigeant congolais a ensuite été reçu au Vatican par le pape et par le secrétaire d'État du Saint-Siège.",
  ],
  [
    "en",
    "Italy will fund nine hospitals in the Republic of the Congo under an agreement signed in Rome during the visit of the Congolese president. The agreement was signed by the Congolese cooperation minister and the Italian deputy minister. The Congolese leader was then received at the Vatican by the Pope and by the Holy See's Secretary of State.",
  ],
  [
    "pt",
    "A Itália vai financiar nove hospitais na República do Congo, ao abrigo de um acordo assinado em Roma durante a visita do presidente congolês. O acordo foi assinado pelo ministro congolês da Cooperação e pelo vice-ministro italiano. O líder congolês foi depois recebido no Vaticano pelo Papa e pelo secretário de Estado da Santa Sé.",
  ],
];

describe("a demonym two countries share", () => {
  it.for(CONGOLESE)("%s: names the Congo the report names outright", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-03-07")).toEqual(["CG-IT"]);
  });
  it("names nobody when the report names neither Congo outright", async ({ expect }) => {
    const text =
      "The Congolese president was received in Rome by the Italian president. The Congolese delegation met Italian ministers.";
    expect(await pairKeysOf(text, "2026-03-07")).toEqual([]);
  });
});
