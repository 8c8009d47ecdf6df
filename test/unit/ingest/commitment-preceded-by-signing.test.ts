/**
 * A signing joined by a participle to a meeting still to come is still to come ("will hold talks, preceded by a
 * ceremony for the signing of…", "auront un entretien, précédé d'une cérémonie de signature", "terão uma reunião,
 * antecedida por uma cerimónia de assinatura"); short simple futures ("terão", "auront", "farà") are futures.
 * The same sentences in a past tense still sign. Sentences in our own words (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  ["en", "The two presidents will hold talks, preceded by a ceremony for the signing of a memorandum on energy."],
  [
    "fr",
    "Les deux présidents auront un entretien, précédé d'une cérémonie de signature d'un mémorandum sur l'énergie.",
  ],
  [
    "pt",
    "Os dois presidentes terão uma reunião, antecedida por uma cerimónia de assinatura de um acordo sobre energia.",
  ],
  ["es", "Los dos presidentes tendrán una reunión, precedida por una ceremonia de firma de un acuerdo sobre energía."],
  ["it", "I due presidenti avranno un colloquio, preceduto da una cerimonia di firma di un accordo sull'energia."],
  ["fr", "Les deux ministres auront ensuite un déjeuner de travail, suivi de la signature d'un accord sur la pêche."],
];

const DONE: readonly (readonly [string, string])[] = [
  ["en", "The two presidents held talks, preceded by a ceremony for the signing of a memorandum on energy."],
  [
    "fr",
    "Les deux présidents ont eu un entretien, précédé d'une cérémonie de signature d'un mémorandum sur l'énergie.",
  ],
  [
    "pt",
    "Os dois presidentes tiveram uma reunião, antecedida por uma cerimónia de assinatura de um acordo sobre energia.",
  ],
];

describe("a signing joined to a meeting still to come", () => {
  it.for(AHEAD)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
  it.for(DONE)("%s, told as done: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text).length).toBe(1);
  });
});
