/**
 * Without a publication date, the lead's own written day stays the happening's under a bare date line up to a season
 * later (a line that may be the day the page is read); a day told further back is background (FICTIONAL texts).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const report = (line: string, day: string) =>
  `Ghana and Mali sign twelve agreements\n${line}\nTwelve agreements have been signed by Ghana and Mali.\nThe signing took place on ${day}, in Accra.`;

describe("the lead's own day under a later date line", () => {
  it("is the happening's within a season of the line", async ({ expect }) => {
    const a = await analyze({ text: report("Monday, July 15, 2024", "May 14, 2024"), language: "en" });
    expect(a.eventDate?.date).toBe("2024-05-14");
  });

  it("is background further back: the line stands for the report", async ({ expect }) => {
    const a = await analyze({ text: report("Monday, July 15, 2024", "October 17, 2023"), language: "en" });
    expect(a.eventDate?.date).toBe("2024-07-15");
  });
});
