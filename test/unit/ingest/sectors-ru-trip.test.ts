import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

describe("findSectors: a Russian trip is no train", () => {
  // FICTIONAL sentences: поездка (a trip, a journey) shares its first letters with поезд (a train).
  it("reads поездка, поездки, поездке as no transport", ({ expect }) => {
    const text =
      "Президент рассказал о своей поездке в столицу. Итоги поездки обсудили позже, а новую поездку наметили на осень.";
    expect(sectorsIn("ru", text)).not.toContain("transport-logistics");
  });

  it("still reads trains as transport", ({ expect }) => {
    const text =
      "Министры обсудили запуск новых поездов между столицами. Первый поезд пойдет весной, а поезда — летом.";
    expect(sectorsIn("ru", text)).toContain("transport-logistics");
  });
});
