/**
 * The areas of a counted batch, one instrument each (sentences written for this project): as many areas as the
 * count ("four agreements, notably in justice, road transport, health and sport") are four agreements, though
 * justice is no sector of ours and an area may share its sector with another.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** Four agreements, then four areas. */
const FOUR_AREAS = [
  "en Mali and Niger signed four cooperation agreements in Bamako on Monday, notably in the fields of justice, road transport, health and sport.",
  "fr Le Mali et le Niger ont signé lundi à Bamako quatre accords de coopération, notamment dans les domaines de la justice, du transport routier, de la santé et du sport.",
  "it Mali e Niger hanno firmato lunedì a Bamako quattro accordi di cooperazione, in particolare nei settori della giustizia, del trasporto stradale, della sanità e dello sport.",
  "es Malí y Níger firmaron el lunes en Bamako cuatro acuerdos de cooperación, en particular en los ámbitos de la justicia, el transporte terrestre, la salud y el deporte.",
  "pt Mali e Níger assinaram na segunda-feira em Bamako quatro acordos de cooperação, nomeadamente nas áreas da justiça, do transporte rodoviário, da saúde e do desporto.",
  "de Mali und Niger unterzeichneten am Montag in Bamako vier Abkommen über Zusammenarbeit, insbesondere in den Bereichen Justiz, Straßenverkehr, Gesundheit und Sport.",
  "ru Мали и Нигер подписали в понедельник в Бамако четыре соглашения о сотрудничестве, в частности в области юстиции, автомобильного транспорта, здравоохранения и спорта.",
  "ar ووقعت مالي والنيجر يوم الاثنين في باماكو أربع اتفاقيات تعاون، لا سيما في مجالات العدل والنقل البري والصحة والرياضة.",
];
/** A count the areas do not match one for one stays one batch. */
const ONE_BATCH = [
  "en Mali and Niger signed five cooperation agreements in Bamako on Monday, notably in the fields of justice, road transport, health and sport.",
  "fr Le Mali et le Niger ont signé lundi à Bamako six accords de coopération, notamment dans les domaines de la santé et du sport.",
];

describe("the areas of a counted batch", () => {
  it.for(FOUR_AREAS)("%s → four signed agreements", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(Array(4).fill("signed agreement"));
  });
  it.for(ONE_BATCH)("%s → one signed batch", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
});
