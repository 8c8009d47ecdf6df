/**
 * The areas of a counted batch told in the next sentence, whose subject is the batch (sentences written for this
 * project, FICTIONAL): "signed three memorandums. The memorandums cover fisheries, higher education and tourism"
 * are three memorandums, one per area, though higher education is no sector of ours; never more than the count,
 * and never from a batch that is only planned.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** Three instruments signed, then three areas in the next sentence. */
const NEXT_AREAS = [
  "en Chad and Gabon signed three memorandums of understanding in Libreville on Tuesday. The memorandums cover fisheries, higher education and tourism.",
  "en Chad and Gabon signed three memorandums of understanding in Libreville on Tuesday. Areas covered by the memorandums include fisheries, higher education and tourism.",
  "fr Le Tchad et le Gabon ont signé mardi à Libreville trois mémorandums d'entente. Les mémorandums portent sur la pêche, l'enseignement supérieur et le tourisme.",
  "it Ciad e Gabon hanno firmato martedì a Libreville tre accordi. Gli accordi riguardano la pesca, l'istruzione superiore e il turismo.",
  "es Chad y Gabón firmaron el martes en Libreville tres memorandos de entendimiento. Los memorandos abarcan la pesca, la educación superior y el turismo.",
  "pt O Chade e o Gabão assinaram na terça-feira em Libreville três memorandos de entendimento. Os memorandos abrangem a pesca, o ensino superior e o turismo.",
  "de Tschad und Gabun unterzeichneten am Dienstag in Libreville drei Abkommen. Die Abkommen betreffen die Fischerei, die Hochschulbildung und den Tourismus.",
  "ru Чад и Габон подписали во вторник в Либревиле три соглашения. Документы касаются рыболовства, высшего образования и туризма.",
  "ar ووقعت تشاد والغابون يوم الثلاثاء في ليبرفيل ثلاث مذكرات تفاهم. وتشمل المذكرات مجالات الصيد البحري والتعليم العالي والسياحة.",
];
/** Areas that do not match the count one for one, or a next sentence whose subject is not the batch: one batch. */
const ONE_BATCH = [
  "en Chad and Gabon signed three memorandums of understanding in Libreville on Tuesday. The memorandums cover fisheries and higher education.",
  "en Chad and Gabon signed three memorandums of understanding in Libreville on Tuesday. The ministers also discussed fisheries, higher education and tourism.",
  "fr Le Tchad et le Gabon ont signé mardi trois accords. Les accords portent sur la pêche, l'enseignement supérieur, le tourisme et la culture.",
  // A conjunction before a comma joins one area: four areas, not five.
  "en Chad and Gabon signed five agreements on Tuesday. The agreements cover fisheries and aquaculture, higher education, tourism and sport.",
  "es Chad y Gabón firmaron el martes cinco acuerdos. Los acuerdos abarcan la pesca y la acuicultura, la educación superior, el turismo y el deporte.",
];
/** A batch only planned: its areas are no signature. */
const PLANNED = [
  "en Chad and Gabon will sign three memorandums of understanding next week. The memorandums cover fisheries, higher education and tourism.",
  "fr Le Tchad et le Gabon prévoient de signer trois accords. Les accords portent sur la pêche, l'enseignement supérieur et le tourisme.",
  "de Tschad und Gabun wollen drei Abkommen unterzeichnen. Die Abkommen betreffen die Fischerei, die Hochschulbildung und den Tourismus.",
];

describe("the areas of a counted batch in the next sentence", () => {
  it.for(NEXT_AREAS)("%s → three signed instruments", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toHaveLength(3);
  });
  it.for(ONE_BATCH)("%s → one signed batch", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toHaveLength(1);
  });
  it.for(PLANNED)("%s → nothing signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([]);
  });
});
