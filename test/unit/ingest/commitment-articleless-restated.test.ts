/**
 * Russian writes no article: a bare singular form after an instrument of its form already told ("Помимо меморандума,
 * стороны подписали…", "…для ратификации соглашения." after a treaty) is that instrument named again, as "the
 * memorandum" is in English; it adds no commitment. A word of one more ("ещё одно", "также", "новое"), a field right
 * before the form ("пограничный договор"), a verb whose object it is ("подписали соглашение, которое…"), another form
 * than the one told, or a list item (its own line, or after a colon) keeps an instrument of its own (FICTIONAL
 * sentences written for this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// An instrument named again bare ("помимо меморандума"), then one more: two commitments.
const RESTATED: readonly string[] = [
  "Армения и Грузия подписали в Тбилиси меморандум о сотрудничестве в сфере туризма. Помимо меморандума, стороны подписали соглашение о воздушном сообщении.",
  "Казахстан и Узбекистан подписали соглашение о транзите грузов. Помимо соглашения, министры подписали меморандум о сотрудничестве в сфере энергетики.",
];

// One more instrument told as such, a field of its own right before it, or an item of a list: two commitments.
const OWN: readonly string[] = [
  "Армения и Грузия подписали в Тбилиси меморандум о сотрудничестве в сфере туризма. Кроме того, министры подписали ещё одно соглашение.",
  "Армения и Грузия подписали в Тбилиси меморандум о сотрудничестве в сфере туризма. Также было подписано новое соглашение.",
  "Казахстан и Киргизия подписали меморандум о сотрудничестве в сфере энергетики. Затем главы государств подписали пограничный договор.",
  "Лидеры Монголии и Казахстана подписали совместное заявление.\nВ числе подписанных документов:\n- соглашение, определяющее порядок пересечения границы;",
  // The object of its own verb, or of another form than the one told: another instrument.
  "Казахстан и Марокко подписали в понедельник меморандум о туризме. Министры подписали соглашение, которое упростит поездки граждан.",
  "Казахстан и Марокко подписали в понедельник меморандум о туризме. Парламент Казахстана ратифицировал соглашение, подписанное в 2021 году.",
];

// After a colon: the statement and both items of the list.
const LISTED =
  "Лидеры Монголии и Казахстана подписали совместное заявление. Министры подписали два документа: меморандум о туризме и соглашение, определяющее порядок пересечения границы.";

describe("a bare Russian form names again the instrument just told", () => {
  it.for(RESTATED)("named again: %s", (text, { expect }) => {
    expect(firmCommitments("ru", text)).toHaveLength(2);
  });
  it.for(OWN)("an instrument of its own: %s", (text, { expect }) => {
    expect(firmCommitments("ru", text)).toHaveLength(2);
  });
  it("an item after a colon is an instrument of its own", ({ expect }) => {
    expect(firmCommitments("ru", LISTED)).toHaveLength(3);
  });
});
