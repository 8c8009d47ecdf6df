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
