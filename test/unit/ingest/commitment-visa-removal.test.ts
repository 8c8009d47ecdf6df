/**
 * An agreement to remove visas ("to remove travel visas", "la levée des visas", "para eliminar los visados", "per
 * abolire i visti") is a visa exemption agreement, in the words reports use (FICTIONAL sentences written for this
 * project).
 */
import { describe, it } from "vitest";
import { signedByTrack } from "../../helpers/commitment-read";

const REMOVED: readonly (readonly [string, string])[] = [
  ["en", "Ghana and Togo signed an agreement to remove travel visas between the two countries."],
  ["fr", "Le Bénin et le Ghana ont signé un accord portant sur la levée des visas entre les deux pays."],
  ["es", "Perú y Chile firmaron un acuerdo para eliminar los visados entre ambos países."],
  ["pt", "Angola e Namíbia assinaram um acordo para eliminar os vistos entre os dois países."],
  ["it", "Italia e Albania hanno firmato un accordo per abolire i visti tra i due Paesi."],
];

describe("an agreement removing visas", () => {
  it.for(REMOVED)("%s: a visa exemption agreement (%s)", ([lang, text], { expect }) => {
    expect(signedByTrack(lang, text)).toBe("agreement visa-exemption");
  });
});
