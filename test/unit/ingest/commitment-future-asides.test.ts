/**
 * A signing still ahead, however it is told (sentences written for this project, FICTIONAL):
 * - a future verb whose signing follows asides set off by commas ("procéderont, ce jeudi, à 11 h, à la signature",
 *   "permitirá, de igual forma, a assinatura") signs nothing yet; a future verb in a relative clause before a past
 *   signing does not make it ahead;
 * - an awaited signing ("attesa firma di accordi") is still ahead.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "fr Les ministres du Bénin et du Niger procéderont, ce jeudi, à 11 h, à la signature d'un accord de coopération culturelle.",
  "fr Les ministres du Bénin et du Niger procéderont, demain matin, à la signature d'un accord sur la pêche.",
  "pt A reunião de Luanda permitirá, de igual forma, a assinatura de dois acordos sobre pescas.",
  "es Los cancilleres de Chile y Perú procederán, este jueves, a la firma de un convenio sobre pesca.",
  "it I ministri di Italia e Tunisia procederanno, giovedì mattina, alla firma di un accordo sulla pesca.",
  "it Italia-Tunisia: attesa firma di accordi su energia e cultura.",
];

const DONE = [
  ["fr Les ministres, qui se reverront en mai, ont signé jeudi à Niamey un accord sur la pêche.", ["signed agreement"]],
  [
    "es Los cancilleres, que se reunirán de nuevo en mayo, firmaron el jueves en Lima un convenio sobre pesca.",
    ["signed agreement"],
  ],
] as const;

describe("a signing after a future verb and its asides", () => {
  itSignsNothing(AHEAD);
  itSigns(DONE);
});
