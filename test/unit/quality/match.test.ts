import { describe, it } from "vitest";
import { clusterGroup, cohesive } from "../../../quality/cohesion";
import { fixtureReport, fromOldExpected } from "../../../quality/expect";
import {
  afterPublication,
  eventDateMatches,
  exactPair,
  matchCommitments,
  pairCounts,
  placeMatches,
  realTitle,
  sectorCounts,
} from "../../../quality/match";

describe("quality scorer: pairs, dates, places, titles, sectors", () => {
  it("counts pairs in either order and tells an exact single pair from extras", ({ expect }) => {
    expect(pairCounts(["KZ-MA"], ["ma-kz", "MA-US"])).toEqual({ tp: 1, predicted: 2, expected: 1 });
    expect(pairCounts([], [])).toEqual({ tp: 0, predicted: 0, expected: 0 });
    expect(exactPair(["KZ-MA"], ["MA-KZ"])).toBe(true);
    expect(exactPair(["KZ-MA"], ["KZ-MA", "MA-US"])).toBe(false);
    expect(exactPair(["KZ-MA"], [])).toBe(false);
  });

  it("accepts a publication date for a report that states no date, and flags future dates", ({ expect }) => {
    expect(eventDateMatches("2025-02-28", { date: "2025-02-28", evidence: "weekday" })).toBe(true);
    expect(eventDateMatches("2025-02-28", { date: "2025-03-04", evidence: "published" })).toBe(false);
    expect(eventDateMatches(null, { date: "2025-03-04", evidence: "published" })).toBe(true);
    expect(eventDateMatches(null, undefined)).toBe(true);
    expect(eventDateMatches(null, { date: "2024-09-26", evidence: "explicit" })).toBe(false);
    // A day the text states that is its publication day (a release's closing "Asunción, 18 de febrero") counts.
    expect(eventDateMatches(null, { date: "2025-03-04", evidence: "explicit" }, "2025-03-04")).toBe(true);
    expect(eventDateMatches(null, { date: "2025-03-03", evidence: "weekday" }, "2025-03-04")).toBe(false);
    expect(afterPublication("2025-12-07", "2025-12-05")).toBe(true);
    expect(afterPublication("2025-12-05", "2025-12-05")).toBe(false);
    expect(afterPublication("2025-12-07", undefined)).toBe(false);
  });

  it("compares places without case, accents or hyphens, and wants none when none is stated", ({ expect }) => {
    expect(placeMatches("Brasília", "brasilia")).toBe(true);
    expect(placeMatches("Nur-Sultan", "Nur Sultan")).toBe(true);
    expect(placeMatches("Rabat", "Astana")).toBe(false);
    expect(placeMatches(null, undefined)).toBe(true);
    expect(placeMatches(null, "Tokyo")).toBe(false);
    // A capital named like its country is one place either way; "Mexico" may be the country.
    expect(placeMatches("Kuwait", "Kuwait City")).toBe(true);
    expect(placeMatches("Panama City", "Panama")).toBe(true);
    expect(placeMatches("Mexico", "Mexico City")).toBe(false);
  });

  it("rejects empty and placeholder titles", ({ expect }) => {
    expect(realTitle("Kazakhstan–Morocco: talks in Rabat")).toBe(true);
    expect(realTitle("Report")).toBe(false);
    expect(realTitle("  ")).toBe(false);
    expect(realTitle(undefined)).toBe(false);
  });

  it("measures required-sector recall and a lower bound of precision", ({ expect }) => {
    expect(sectorCounts(["religion", "security-defence"], ["security-defence", "health"])).toEqual({
      found: 1,
      required: 2,
      correct: 1,
      predicted: 2,
      all: false,
    });
    expect(sectorCounts([], ["health"]).all).toBe(true);
  });
});

describe("quality scorer: commitments", () => {
  const visa = { about: "visa exemption", track: "visa-exemption", legalForm: "agreement", status: "signed" };

  it("matches on status plus track or legal form, one to one, and checks stated dates", ({ expect }) => {
    const m = matchCommitments(
      [
        { ...visa, signedOn: "2024-09-26" },
        { about: "joint statement", legalForm: "joint-statement", status: "signed", signedOn: "2025-02-28" },
      ],
      [
        { status: "signed", kind: "agreement", track: "visa-exemption", signedOn: "2024-09-26" },
        { status: "signed", kind: "declaration", signedOn: "2025-03-01" },
        { status: "signed", kind: "declaration" },
      ],
    );
    expect(m.matches.map((x) => [x.expected.about, x.datesRight])).toEqual([
      ["visa exemption", true],
      ["joint statement", false],
    ]);
    expect(m.missed).toEqual([]);
    expect(m.invented).toHaveLength(1);
  });

  it("scores each expected instrument against a matching commitment with its dates when there is one", ({ expect }) => {
    const m = matchCommitments(
      [
        { about: "customs", legalForm: "agreement", status: "signed", signedOn: "2016-07-14" },
        { about: "security", legalForm: "agreement", status: "signed", signedOn: "2015-04-20" },
      ],
      [
        { status: "signed", legalForm: "agreement", signedOn: "2015-04-20" },
        { status: "signed", legalForm: "agreement", signedOn: "2016-07-14" },
      ],
    );
    expect(m.matches.map((x) => [x.expected.about, x.predicted.signedOn, x.datesRight])).toEqual([
      ["customs", "2016-07-14", true],
      ["security", "2015-04-20", true],
    ]);
  });

  it("counts a declaration and a joint statement as one legal form, and no other forms", ({ expect }) => {
    const m = matchCommitments(
      [
        { about: "joint declaration", legalForm: "declaration", status: "signed" },
        { about: "joint statement", legalForm: "joint-statement", status: "signed" },
        { about: "memorandum", legalForm: "memorandum", status: "signed" },
      ],
      [
        { status: "signed", legalForm: "joint-statement" },
        { status: "signed", legalForm: "declaration" },
        { status: "signed", legalForm: "agreement" },
      ],
    );
    expect(m.matches.map((x) => [x.expected.about, x.predicted.legalForm])).toEqual([
      ["joint declaration", "joint-statement"],
      ["joint statement", "declaration"],
    ]);
    expect(m.missed.map((x) => x.about)).toEqual(["memorandum"]);
    expect(m.invented.map((x) => x.legalForm)).toEqual(["agreement"]);
  });

  it("never matches a different status, and ignores statuses that are not firm", ({ expect }) => {
    const m = matchCommitments(
      [{ about: "roadmap", legalForm: "programme", status: "proposed" }, visa],
      [
        { status: "agreed", legalForm: "agreement", track: "visa-exemption" },
        { status: "proposed", legalForm: "programme" },
      ],
    );
    expect(m.matches).toEqual([]);
    expect(m.missed.map((x) => x.about)).toEqual(["visa exemption"]);
    expect(m.invented).toEqual([]);
  });

  it("lets a commitment counting a batch stand for that many instruments, after the named ones", ({ expect }) => {
    const memo = (about: string) => ({ about, legalForm: "memorandum", status: "signed", signedOn: "2026-03-03" });
    const m = matchCommitments(
      [memo("fisheries"), memo("2 of 4"), memo("3 of 4"), memo("4 of 4")],
      [
        { status: "signed", legalForm: "memorandum", instruments: 5, signedOn: "2026-03-03" },
        { status: "signed", legalForm: "memorandum", track: "fisheries", signedOn: "2026-03-03" },
      ],
    );
    // The named memorandum takes the fisheries one; the count stands for the other three, and its last two are invented.
    expect(m.matches.map((x) => [x.expected.about, x.predicted.instruments ?? 1])).toEqual([
      ["fisheries", 1],
      ["2 of 4", 5],
      ["3 of 4", 5],
      ["4 of 4", 5],
    ]);
    expect(m.missed).toEqual([]);
    expect(m.invented).toHaveLength(2);
  });

  it("lets an instrument of unstated form match any of the same status", ({ expect }) => {
    const m = matchCommitments(
      [{ about: "24 documents", legalForm: null, status: "signed" }],
      [{ status: "signed", kind: "cooperation" }],
    );
    expect(m.matches).toHaveLength(1);
  });

  it("pairs the instruments of stated form or track before those of unstated form, whatever the order", ({
    expect,
  }) => {
    // An open expectation listed first must not take the one commitment a specific expectation needs.
    const m = matchCommitments(
      [
        { about: "memorandum", legalForm: "memorandum", status: "signed" },
        { about: "resolution of the meeting", legalForm: null, status: "signed" },
        { about: "plan of consultations", track: "political-consultations", legalForm: "programme", status: "signed" },
      ],
      [
        { status: "signed", legalForm: "memorandum" },
        { status: "signed", legalForm: "programme", track: "political-consultations" },
        { status: "signed", kind: "mechanism", track: "joint-commission" },
      ],
    );
    expect(m.missed).toEqual([]);
    expect(m.invented).toEqual([]);
    expect(m.matches.map((x) => x.expected.about)).toEqual([
      "memorandum",
      "resolution of the meeting",
      "plan of consultations",
    ]);
  });
});

describe("quality scorer: fixtures and groups", () => {
  it("maps the older fixture shape and skips files without expectations", ({ expect }) => {
    expect(fromOldExpected({ language: "en", pair: null, event: null, sectors: ["energy-climate"] })).toEqual({
      pairs: [],
      sectors: ["energy-climate"],
    });
    const r = fixtureReport("x", {
      title: "T",
      text: "Body",
      publishedAt: "2025-03-01",
      expected: { language: "fr", pair: "KZ-MA", event: "rabat-visit", eventDate: "2025-02-28", sectors: [] },
    });
    expect(r).toMatchObject({ id: "x", language: "fr", group: "rabat-visit", expect: { pairs: ["KZ-MA"] } });
    expect(r?.input).toEqual({ text: "Body", title: "T", publishedAt: "2025-03-01" });
    expect(fixtureReport("y", { text: "Body" })).toBeUndefined();
  });

  it("replays clustering: one meeting's reports share an event, another pair never joins it", ({ expect }) => {
    const base = { tracks: [], sectors: [], entities: ["bourita"] };
    const report = (pair: string, date: string, publishedOn: string) => ({
      ...base,
      pairs: [{ key: pair, score: 1 }],
      eventDate: { date, evidence: "explicit" as const, role: "event" as const },
      place: "Rabat",
      publishedOn,
    });
    const same = clusterGroup([
      report("KZ-MA", "2025-02-28", "2025-03-01"),
      report("KZ-MA", "2025-02-28", "2025-02-28"),
    ]);
    expect(cohesive(same)).toBe(true);
    const split = clusterGroup([
      report("KZ-MA", "2025-02-28", "2025-02-28"),
      report("MA-US", "2025-02-28", "2025-02-28"),
    ]);
    expect(cohesive(split)).toBe(false);
    expect(cohesive(clusterGroup([{ ...base, pairs: [] }]))).toBe(false);
  });

  it("replays undated reports after the dated ones, so they can join the event a dated report starts", ({ expect }) => {
    const undated = {
      tracks: [],
      sectors: [],
      entities: ["bourita", "rabat"],
      pairs: [{ key: "KZ-MA", score: 1 }],
      place: "Rabat",
    };
    const dated = {
      ...undated,
      eventDate: { date: "2025-02-28", evidence: "explicit" as const, role: "event" as const },
      publishedOn: "2025-02-28",
    };
    const landed = clusterGroup([undated, dated]);
    expect(landed).toEqual(["event-1", "event-1"]);
    expect(cohesive(landed)).toBe(true);
  });
});
