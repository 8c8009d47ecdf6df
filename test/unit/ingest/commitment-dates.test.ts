import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { dayBeforeDates } from "../../../src/ingest/recognize/commitment-date-words";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

/** The "day before" dates of a text, as `date` and the words that gave it. */
function dayBefore(lang: string, text: string, publishedOn: string) {
  const doc = prepare(text);
  return dayBeforeDates(doc, findDates(doc, lang, publishedOn), publishedOn).map((d) => [d.date, d.span?.text]);
}

describe("the day before, in a commitment's clause", () => {
  it("counts back one day from the day the report has just named", ({ expect }) => {
    expect(dayBefore("en", "They met on Wednesday. The day before, they signed a memorandum.", "2026-10-22")).toEqual([
      ["2026-10-20", "The day before"],
    ]);
    expect(dayBefore("ru", "В среду открылся форум. Накануне стороны подписали соглашение.", "2026-10-21")).toEqual([
      ["2026-10-20", "Накануне"],
    ]);
  });

  it("never counts back from a background date", ({ expect }) => {
    const text = "They recalled the treaty of 12 June 1990. The day before, they signed a memorandum.";
    expect(dayBefore("en", text, "2026-10-22")).toEqual([["2026-10-21", "The day before"]]);
  });

  it("counts back from the fallback day when the report names none before", ({ expect }) => {
    expect(dayBefore("fr", "La veille, les ministres avaient signé un accord.", "2026-05-13")).toEqual([
      ["2026-05-12", "La veille"],
    ]);
  });

  it("leaves out the eve of something else ('the day before the summit', 'la veille du sommet')", ({ expect }) => {
    expect(dayBefore("en", "The day before the summit, they signed a memorandum.", "2026-10-22")).toEqual([]);
    expect(dayBefore("fr", "La veille du sommet, ils ont signé un accord.", "2026-05-13")).toEqual([]);
    expect(dayBefore("de", "Am Vortag des Besuchs wurde ein Abkommen unterzeichnet.", "2026-05-13")).toEqual([]);
  });
});

/** The commitments of an English text published on `publishedOn`. */
function commitmentsOf(text: string, publishedOn: string) {
  const doc = prepare(text);
  const dates = findDates(doc, "en", publishedOn);
  return findCommitments(doc, matchTracks(doc), dates, publishedOn, eventDateOf(dates, publishedOn));
}

const OLDER: [string, string, string, (string | undefined)[][]][] = [
  [
    "an instrument of an older year takes no signature date of another clause",
    "On Monday 4 May 2026 the foreign ministers of Chile and Peru signed a memorandum of understanding on tourism and recalled the treaty of friendship signed in 1998.",
    "2026-05-05",
    [
      ["memorandum", "signed", "2026-05-04"],
      ["treaty", "signed", undefined],
    ],
  ],
  [
    "a day in another clause than the signing word does not date the signature",
    "On Thursday 23 April 2026 the ministers of Chile and Peru met in Lima. A memorandum of understanding on tourism was concluded, and on Friday 24 April 2026 it was published.",
    "2026-04-25",
    [["memorandum", "signed", "2026-04-23"]],
  ],
  [
    "one instrument named twice, once with its older date, stays one commitment",
    "On Thursday the foreign ministers of Kazakhstan and Morocco met in Astana. The two countries had signed the visa exemption agreement on 26 September 2024 in New York. The visa exemption agreement, signed by the two foreign ministers, allows stays of 30 days.",
    "2025-03-20",
    [["agreement", "signed", "2024-09-26"]],
  ],
];

describe("instruments older than the report", () => {
  it.for(OLDER)("%s", ([, text, publishedOn, want], { expect }) => {
    expect(commitmentsOf(text, publishedOn).map((c) => [c.legalForm, c.status, c.signedOn])).toEqual(want);
  });
});
