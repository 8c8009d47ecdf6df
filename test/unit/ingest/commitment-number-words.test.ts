/**
 * Counts written in words the number lists lacked (sentences written for this project, FICTIONAL): the Russian
 * instrumental of seven ("семью документами"), and the one-word numbers between twenty and thirty of Spanish,
 * Italian and German ("veintidós", "ventitré", "einundzwanzig"). "семью" before no form (the family) counts nothing.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const COUNTS: readonly [string, number][] = [
  ["ru Казахстан и Монголия в среду обменялись семью документами, подписанными за время визита.", 7],
  ["es Uruguay y Paraguay firmaron el viernes veintidós acuerdos en Asunción.", 22],
  ["es Uruguay y Paraguay firmaron el viernes veintiún acuerdos en Asunción.", 21],
  ["it Italia e Algeria hanno firmato lunedì ventitré accordi a Roma.", 23],
  ["it Italia e Algeria hanno firmato lunedì ventotto accordi a Roma.", 28],
  ["de Deutschland und Algerien haben am Montag einundzwanzig Abkommen unterzeichnet.", 21],
];

describe("counts written in words", () => {
  it.for(COUNTS)("%s → %i", ([line, n], { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(n);
  });
  it("reads no count in 'семью' (the family) before no form", ({ expect }) => {
    expect(
      firmInstruments(
        "ru",
        "Президент поблагодарил семью хозяев за гостеприимство. Россия и Алжир подписали в понедельник соглашение.",
      ),
    ).toBe(1);
  });
});
