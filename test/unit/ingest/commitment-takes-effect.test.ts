/**
 * An entry into force told without "in force" words: Italian "ha efficacia", "acquista efficacia", "vige dal"
 * (sentences written for this project, FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const read = (lang: string, text: string) =>
  commitmentsOf(lang, text).map((c) => `${c.status} ${c.effectiveOn ?? "-"}`);

describe("an entry into force told by its effect", () => {
  it.for([
    ["it", "Da oggi ha efficacia l'Accordo tra l'Italia e il Marocco sulla sicurezza.", "in_force 2026-03-04"],
    [
      "it",
      "Italia e Marocco hanno firmato un accordo sulla sicurezza, che ha efficacia dal 1 marzo 2025.",
      "in_force 2025-03-01",
    ],
    [
      "it",
      "Italia e Marocco hanno firmato un accordo sulla sicurezza, che vige dal 1 giugno 2026.",
      "signed 2026-06-01",
    ],
    [
      "it",
      "Italia e Marocco hanno firmato un accordo sulla sicurezza, che acquisterà efficacia il 1 giugno 2026.",
      "signed 2026-06-01",
    ],
  ] as const)("%s: %s → %s", ([lang, text, expected], { expect }) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it("reads 'rige' with no instrument after it as no status", ({ expect }) => {
    expect(read("es", "La ley que rige el comercio entre Chile y Argentina fue citada.")).toEqual([]);
  });

  it("reads a future entry into force with no day as still ahead: the instrument stays signed", ({ expect }) => {
    expect(
      read("it", "Italia e Spagna hanno firmato un accordo che acquisterà efficacia dopo la ratifica dei parlamenti."),
    ).toEqual(["signed -"]);
  });

  it("reads 'que rige el <form>' as another noun's verb, no status", ({ expect }) => {
    expect(
      read("es", "Bolivia y Uruguay recordaron que el principio que rige el Tratado de Amistad es la no injerencia."),
    ).toEqual([]);
    expect(read("es", "Chile y Perú destacaron que la norma que rige el acuerdo de pesca es clara.")).toEqual([]);
  });

  it("reads 'vigente' of another noun as no status of the instrument", ({ expect }) => {
    expect(
      read("es", "Conforme a la normativa vigente desde 2020, Chile y Perú firmaron un acuerdo de pesca."),
    ).toEqual(["signed -"]);
  });
});
