/**
 * Instruments told apart by their subject preposition, repeated before each area (sentences written for this
 * project, FICTIONAL): "signed documents on fisheries, on higher education and on tourism", "подписаны документы о
 * сотрудничестве в области рыболовства, о высшем образовании и о туризме" are three instruments, though higher
 * education is no sector of ours. A place or a count they do not match leaves one batch; a plan signs nothing.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** Three areas, each opened by the same subject preposition. */
const THREE = [
  "en Chad and Gabon signed memorandums on fisheries, on higher education and on tourism in Libreville on Tuesday.",
  "fr Le Tchad et le Gabon ont signé mardi des mémorandums sur la pêche, sur l'enseignement supérieur et sur le tourisme.",
  "it Ciad e Gabon hanno firmato martedì accordi sulla pesca, sull'istruzione superiore e sul turismo.",
  "es Chad y Gabón firmaron el martes memorandos sobre pesca, sobre educación superior y sobre turismo.",
  "pt O Chade e o Gabão assinaram na terça-feira memorandos sobre pesca, sobre ensino superior e sobre turismo.",
  "de Tschad und Gabun unterzeichneten am Dienstag Vereinbarungen über Fischerei, über Hochschulbildung und über Tourismus.",
  "ru Во вторник в Либревиле подписаны документы о сотрудничестве в области рыболовства, о высшем образовании и о туризме.",
  "ar ووقعت تشاد والغابون يوم الثلاثاء مذكرات تفاهم بشأن الصيد البحري وبشأن التعليم العالي وبشأن السياحة.",
];
/** A place or a day repeated, or areas that do not match the count: one batch. */
const ONE_BATCH = [
  "en Chad and Gabon signed agreements in Libreville and in Franceville on Tuesday.",
  "en Chad and Gabon signed memorandums on fisheries, on Tuesday in Libreville.",
  "ru Во вторник подписаны два документа о рыболовстве, о высшем образовании и о туризме.",
];
/** Planned: nothing signed. */
const PLANNED = [
  "en Chad and Gabon will sign memorandums on fisheries, on higher education and on tourism next month.",
  "ru Стороны планируют подписать документы о рыболовстве, о высшем образовании и о туризме.",
];

/** Each text with how many signed instruments it states. */
const CASES = [
  ...THREE.map((line) => [line, 3] as const),
  ...ONE_BATCH.map((line) => [line, 1] as const),
  ...PLANNED.map((line) => [line, 0] as const),
];

describe("instruments told apart by a repeated subject preposition", () => {
  it.for(CASES)("%s → %i signed", ([line, signed], { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3)).length).toBe(signed);
  });
});
