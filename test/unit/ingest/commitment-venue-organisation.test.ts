/**
 * An organisation named as the venue before the signing ("On the sidelines of the ASEAN summit, …"), or in a
 * clause of its own after it ("…, before the president left to attend the ASEAN summit"), makes the instrument no
 * multilateral one: two states signing there keep theirs (sentences written for this project,
 * FICTIONAL); so does a grouping named in the instrument's complement, its topic. An instrument multilateral by its
 * own words ("a multilateral agreement"), or signed by a grouping ("All G20 members signed…"), is still none of the pair's.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const KEPT = [
  "en On the sidelines of the ASEAN summit, Viet Nam and Thailand signed a memorandum on rice exports.",
  "fr En marge du sommet de l'OMC, le Sénégal et le Ghana ont signé un mémorandum sur les exportations de cacao.",
  "es En el marco de la cumbre del Mercosur, Perú y Chile firmaron un memorando sobre la exportación de frutas.",
  "ru На полях саммита ШОС Казахстан и Узбекистан подписали меморандум о водопользовании.",
  "en Viet Nam and Thailand signed a memorandum in Hanoi on Monday, before the president left to attend the ASEAN summit.",
  // A grouping or a world-wide matter in the instrument's complement is its topic, not its kind.
  "es Guatemala y Ecuador firmaron un memorando para la cooperación entre las agencias de prensa del Sur Global.",
  "en Ghana and Peru signed a memorandum on supporting each other's candidacies in international organisations.",
  "fr Le Bénin et le Togo ont signé un mémorandum sur la coordination de leurs positions au sein de la CEDEAO.",
].map((line) => [line, ["signed memorandum"]] as const);

describe("an organisation named as the venue", () => {
  itSigns(KEPT);
  itSignsNothing([
    "en Viet Nam and Thailand signed a multilateral agreement on rice exports with five other states.",
    // …and so does a grouping that signs it.
    "en All G20 members except one signed the summit declaration.",
  ]);
});
