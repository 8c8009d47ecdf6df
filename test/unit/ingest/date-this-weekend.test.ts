/**
 * "This weekend" is the Saturday of the reference's own week: the one to come from a weekday (a preview), the day
 * itself on a Saturday, the day before on a Sunday; never last week's. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

const weekendOf = (published: string) =>
  findDates(prepare("The presidents of Paraguay and Uruguay meet this weekend in Asunción."), "en", published).map(
    (d) => `${d.date}${d.future ? " future" : ""}`,
  );

describe("this weekend", () => {
  it.for([
    ["2026-10-16", "2026-10-17 future"],
    ["2026-10-12", "2026-10-17 future"],
    ["2026-10-17", "2026-10-17"],
    ["2026-10-18", "2026-10-17"],
  ] as const)("published %s → %s", ([published, want], { expect }) => {
    expect(weekendOf(published)).toEqual([want]);
  });
});

describe("a weekday opening a sentence with a long subject before its future verb", () => {
  it("is the one to come", ({ expect }) => {
    const text =
      "On Saturday, Ghana's President John Mahama and Togo's President Faure Gnassingbé will meet in Lomé for talks.";
    expect(findDates(prepare(text), "en", "2026-07-09").map((d) => `${d.date}${d.future ? " future" : ""}`)).toEqual([
      "2026-07-11 future",
    ]);
  });
});
