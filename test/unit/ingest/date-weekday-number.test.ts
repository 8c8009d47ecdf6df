import { describe, expect, it } from "vitest";
import { nearestWeekdayDay, trailingDay } from "../../../src/ingest/recognize/date-weekday-number";

describe("a weekday followed by a bare day of the month", () => {
  it("reads the number as the day when a clause end, a dash or 'and' follows", () => {
    expect(trailingDay("lunedì 18", " e martedì 19")).toBe(18);
    expect(trailingDay("lundi 11 et", " mardi 12")).toBe(11);
    expect(trailingDay("Martedì 12", ", a Tunisi")).toBe(12);
    expect(trailingDay("jueves 9", " – en Lima")).toBe(9);
    expect(trailingDay("Montag 3", ".")).toBe(3);
  });

  it("leaves a count or an hour alone", () => {
    expect(trailingDay("sábado 11", " acordos de comércio")).toBeUndefined();
    expect(trailingDay("lundi 18", "h30 à Dakar")).toBeUndefined();
    expect(trailingDay("lunedì 18", ":30")).toBeUndefined();
    expect(trailingDay("lunedì", " scorso")).toBeUndefined();
    expect(trailingDay("lunedì 40", ",")).toBeUndefined();
  });

  it("finds the day in the reference's month or the one before or after that falls on the weekday", () => {
    // 2026-05-20 is a Wednesday; 11 May 2026 a Monday, 12 May a Tuesday.
    expect(nearestWeekdayDay("2026-05-20", 1, 11)).toBe("2026-05-11");
    expect(nearestWeekdayDay("2026-05-20", 2, 12)).toBe("2026-05-12");
    // 29 June 2026 is a Monday: the next month when the day is still to come.
    expect(nearestWeekdayDay("2026-05-31", 1, 29)).toBe("2026-06-29");
    // 30 April 2026 is a Thursday: the month before.
    expect(nearestWeekdayDay("2026-05-03", 4, 30)).toBe("2026-04-30");
  });

  it("gives none when no nearby month has that weekday on that day", () => {
    // 18 February and 18 March 2026 are Wednesdays, 18 April a Saturday: no Monday the 18th near 4 March.
    expect(nearestWeekdayDay("2026-03-04", 1, 18)).toBeUndefined();
  });
});
