import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words.
const body =
  "The presidents of Ghana and Togo held talks in Lomé on Thursday. At the end of the talks, the two countries signed cooperation agreements.";

describe("a headline's count of a signed batch", () => {
  it("counts the body's one uncounted batch when the headline tells it signed, in the present or the past", async ({
    expect,
  }) => {
    for (const title of ["Ghana and Togo sign five agreements", "Ghana and Togo signed five agreements"]) {
      const a = await analyze({ title, text: body, publishedAt: "2026-03-06" });
      expect(a.commitments.map((c) => [c.status, c.legalForm, c.instruments])).toEqual([["signed", "agreement", 5]]);
    }
  });

  it("counts nothing when the headline puts the signing ahead or counts another form", async ({ expect }) => {
    for (const title of ["Ghana and Togo to sign five agreements", "Ghana and Togo sign five memoranda"]) {
      const a = await analyze({ title, text: body, publishedAt: "2026-03-06" });
      expect(a.commitments.map((c) => [c.status, c.legalForm, c.instruments ?? 1])).toEqual([
        ["signed", "agreement", 1],
      ]);
    }
  });

  it("leaves a body that tells more than one signature as it tells them", async ({ expect }) => {
    const text = `${body} A memorandum on security was also signed.`;
    const a = await analyze({ title: "Ghana and Togo sign five agreements", text, publishedAt: "2026-03-06" });
    expect(a.commitments.every((c) => (c.instruments ?? 1) === 1)).toBe(true);
  });
});
