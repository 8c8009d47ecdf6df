/**
 * A form word told as the complement of a noun inside another instrument's name is what that instrument is about,
 * not one more signed beside it; a form after a signing noun, a conjunction or a count stays an instrument
 * (sentences written for this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** One memorandum each: the programme is the complement of a noun of the memorandum's name. */
const ONE = [
  "es Perú y Ecuador firmaron el lunes el Memorándum de Entendimiento para la Creación del Comité de Supervisión y Seguimiento del Programa de Cooperación Técnica.",
  "fr Le Bénin et le Niger ont signé lundi le mémorandum d'entente portant création du mécanisme de supervision et de suivi du programme de coopération frontalière.",
  "en Kenya and Ghana signed on Monday a memorandum of understanding on the creation of a committee for the monitoring and review of the Technical Cooperation Programme.",
  "pt Angola e Namíbia assinaram na segunda-feira o memorando de entendimento para a criação do comité de supervisão e acompanhamento do programa de cooperação técnica.",
];
/** Two instruments each: the second form follows a conjunction or a signing noun, not a noun of the first's name. */
const TWO = [
  "es Perú y Ecuador firmaron el lunes un acuerdo de pesca y un programa de cooperación cultural.",
  "fr Le Bénin et le Niger ont signé lundi un accord sur la pêche ainsi qu'un protocole sur la santé.",
  // A connector before the genitive joins another instrument ("ainsi que du", "além do", "así como del").
  "fr Les deux ministres ont procédé mardi à la signature d'un accord de partenariat économique ainsi que du mémorandum d'entente sur le tourisme.",
  "pt Os dois ministros assinaram na terça-feira um acordo de cooperação económica, além do memorando de entendimento sobre turismo.",
  // A partitive article is no genitive: "signé des mémorandums", "dont des mémorandums".
  "fr Le Bénin et le Niger ont signé lundi un protocole sur la pêche et ont également signé des mémorandums sur la santé.",
];

describe("a form word inside another instrument's name", () => {
  it.for(ONE)("%s → one memorandum", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed memorandum"]);
  });
  it.for(TWO)("%s → two instruments", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toHaveLength(2);
  });
});
