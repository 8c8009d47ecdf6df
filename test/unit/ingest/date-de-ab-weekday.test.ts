/**
 * German "ab" before a weekday ("besucht ab Mittwoch Vietnam") starts something still to come: the coming
 * Wednesday, never the last one, as "nächsten Mittwoch" is (FICTIONAL sentence in the project's words).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

describe("'ab' before a weekday", () => {
  it("is the coming weekday", ({ expect }) => {
    // Published on Monday 19 January 2026: "ab Mittwoch" is Wednesday the 21st.
    const doc = prepare("Der Bundespräsident besucht ab Mittwoch Vietnam.");
    expect(findDates(doc, "de", "2026-01-19").map((d) => d.date)).toEqual(["2026-01-21"]);
  });
});
