/**
 * A joint commission numbered by an ordinal in figures is the meeting that hosted a signing, as "the 19th session
 * of the joint commission" already was ("la 19e Grande commission mixte … s'est conclue par la signature de 26
 * accords", "The 7th Joint Commission … ended with the signing of five memoranda"): no instrument creating a
 * commission is signed, only the counted ones. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const NUMBERED = [
  [
    "fr",
    "La 19e Grande commission mixte algéro-mauritanienne s'est conclue mercredi par la signature de 26 accords.",
    26,
  ],
  ["en", "The 7th Joint Commission of Kenya and Ghana ended on Wednesday with the signing of five memoranda.", 5],
  ["es", "La 3ª Comisión Mixta entre Perú y Bolivia concluyó el miércoles con la firma de seis acuerdos.", 6],
] as const;

describe("a joint commission numbered by an ordinal in figures", () => {
  it.for(NUMBERED)("%s: %s → only the counted instruments", ([lang, text, n], { expect }) => {
    const firm = commitmentsOf(lang, text).filter((c) => c.status === "signed");
    expect(firm.some((c) => c.track === "joint-commission")).toBe(false);
    expect(firm.reduce((k, c) => k + (c.instruments ?? 1), 0)).toBe(n);
  });
});
