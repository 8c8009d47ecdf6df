/**
 * A status word in a list of verbs a negation governs (sentences written for this project, FICTIONAL): "no firmó,
 * aprobó ni acompañó la declaración", "n'a ni signé ni approuvé", "did not sign, approve nor endorse": a verb
 * followed by a correlative negation ("ni", "nor", "né", "nem", "noch", "ни") is denied with its list.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const DENIED = [
  "es La cancillería de Perú comunicó que no firmó, aprobó ni acompañó la declaración conjunta con Chile.",
  "en The foreign ministry of Peru said it did not sign, adopt nor endorse the joint declaration with Chile.",
  "it Il ministero degli Esteri del Perù ha comunicato di non aver firmato, approvato né sostenuto la dichiarazione congiunta con il Cile.",
  "pt O ministério dos Negócios Estrangeiros do Peru comunicou que não assinou, aprovou nem apoiou a declaração conjunta com o Chile.",
];

const DONE = [
  ["es Chile y Perú firmaron y aprobaron una declaración conjunta sobre pesca.", ["signed joint-statement"]],
] as const;

describe("a status word in a list of verbs a negation governs", () => {
  itSignsNothing(DENIED);
  itSigns(DONE);
});
