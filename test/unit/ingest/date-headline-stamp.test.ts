import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { splitHeadline } from "../../../src/ingest/recognize/title";

// FICTIONAL lines in our own words.
const body =
  "Austria and Kenya signed an agreement on vocational training in Vienna. The two foreign ministers also agreed to hold political consultations every year.";

describe("a page stamp ending the headline's line", () => {
  it.for([
    ["Austria and Kenya sign a training agreement Stand: 12.03.2026 14:05 Uhr", "12.03.2026"],
    ["Austria and Kenya sign a training agreement Updated: 12/03/2026 14:05", "12/03/2026"],
    ["Austria and Kenya sign a training agreement 12.03.2026", "12.03.2026"],
  ] as const)("is no part of the headline, and its date stays with the body (%s)", ([line, date], { expect }) => {
    const split = splitHeadline(`${line}\n\n${body}`);
    expect(split?.headline).toBe("Austria and Kenya sign a training agreement");
    expect(split?.body.startsWith(date)).toBe(true);
  });

  it("dates a lead that tells no day, with no publication date", async ({ expect }) => {
    const a = await analyze({
      text: `Austria and Kenya sign a training agreement Stand: 12.03.2026 14:05 Uhr\n\n${body}`,
    });
    expect(a.eventDate).toMatchObject({ date: "2026-03-12", evidence: "published" });
  });

  it("keeps a headline's own date after a word that asks for it ('to meet on 14.04.2023')", ({ expect }) => {
    expect(splitHeadline(`Ministers of Austria and Kenya to meet on 14.04.2023\n\n${body}`)?.headline).toBe(
      "Ministers of Austria and Kenya to meet on 14.04.2023",
    );
  });
});
