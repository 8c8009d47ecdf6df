/**
 * Words that look like something else to the commitment reading (FICTIONAL texts written for these tests): a weekday
 * that spells a number, a ratification law, a pronoun, a contract between firms.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

/** Every commitment of a report published on 2026-03-04: status, legal form and track (else sector). */
function read(lang: string, text: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-03-04");
  return findCommitments(doc, matchTracks(doc), dates, "2026-03-04", eventDateOf(dates, "2026-03-04")).map(
    (c) => `${c.status} ${c.legalForm ?? "-"} ${c.track ?? c.sector}`,
  );
}

describe("an Arabic Monday is no count", () => {
  it.for([
    [
      "يوم الاثنين",
      "وقع المغرب والسنغال يوم الاثنين اتفاقية للإعفاء من التأشيرات، خلال ملتقى للطاقة والسياحة في دكار.",
    ],
    [
      "اليوم الاثنين",
      "وقعت تونس والأردن اليوم الاثنين اتفاقية للإعفاء المتبادل من التأشيرات، على هامش منتدى الاستثمار والتجارة.",
    ],
    ["الإثنين", "وقّعت مصر والعراق الإثنين اتفاقية للإعفاء من التأشيرات، بحضور وزيري الصحة والزراعة."],
  ] as const)("one agreement signed on Monday is one signature (%s)", ([, text], { expect }) => {
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toEqual(["signed agreement visa-exemption"]);
  });

  it("still counts two after the noun", ({ expect }) => {
    const text = "وقع المغرب والسنغال اتفاقيتين اثنتين للإعفاء من التأشيرات والنقل الجوي.";
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toHaveLength(2);
  });
});
