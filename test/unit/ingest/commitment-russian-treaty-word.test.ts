/**
 * The Russian verb "договориться" (to agree) shares its stem with "договор" (treaty), but names no instrument
 * (sentences written for this project, FICTIONAL): "договорились об отмене виз" agrees to abolish visas, it makes no
 * treaty, and "договорённость" (an understanding) is none either. The noun, in every case, still names a treaty.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const forms = (text: string) => commitmentsOf("ru", text).map((c) => c.legalForm ?? "-");

const NO_TREATY = [
  "Россия и Индия договорились в среду об отмене виз для граждан.",
  "Армения и Казахстан договорились во вторник о сотрудничестве в сфере энергетики.",
  "Стороны договорятся о создании совместной комиссии позднее.",
  "Министры достигли договорённости об отмене виз для граждан.",
];
const TREATY = [
  "Россия и Индия подписали в среду договор о дружбе и сотрудничестве.",
  "Президенты присутствовали при подписании договора о стратегическом партнёрстве.",
  "Стороны обменялись ратификационными грамотами к договору о правовой помощи.",
];

describe("the Russian 'договориться' names no treaty", () => {
  it.for(NO_TREATY)("%s → no treaty", (text, { expect }) => {
    expect(forms(text)).not.toContain("treaty");
  });
  it.for(TREATY)("%s → a treaty", (text, { expect }) => {
    expect(forms(text)).toContain("treaty");
  });
});
