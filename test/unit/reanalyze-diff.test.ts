import { describe, it } from "vitest";
import type { ClaimWrite } from "../../src/ingest/plan/types";
import { diffClaims, type Supported } from "../../src/ingest/reanalyze-diff";

const planned = (
  subjectType: ClaimWrite["subjectType"],
  subjectId: string,
  predicate: string,
  value: string,
): ClaimWrite => ({
  pair: "KZ-MA",
  subjectType,
  subjectId,
  predicate,
  value,
  confidence: 0.8,
  quote: null,
  quoteStart: null,
  quoteEnd: null,
});

const supported = (
  id: string,
  subject: string,
  subjectId: string,
  predicate: string,
  value: string,
  retractable = 1,
): Supported => ({
  id,
  pair: "KZ-MA",
  subject_type: subject,
  subject_id: subjectId,
  predicate,
  value,
  retractable,
});

describe("re-analysis claim diff", () => {
  it("counts nothing when the new reading plans what the article supports", ({ expect }) => {
    const d = diffClaims(
      [planned("track", "culture", "mentioned", "true")],
      [supported("cl_1", "track", "culture", "mentioned", "true")],
    );
    expect(d).toEqual({ retract: [], byPair: new Map() });
  });

  it("adds what is new, retracts what is no longer read, and counts a claim that changed subject once, as moved", ({
    expect,
  }) => {
    const d = diffClaims(
      [planned("track", "security", "mentioned", "true"), planned("event", "ev_new", "date", "2025-10-14")],
      [
        supported("cl_1", "track", "culture", "mentioned", "true"),
        supported("cl_2", "event", "ev_old", "date", "2025-10-14"),
      ],
    );
    expect(d.retract.sort()).toEqual(["cl_1", "cl_2"]);
    // Both changed subject with the same predicate and value: two moves, nothing added or retracted besides.
    expect(d.byPair.get("KZ-MA")).toEqual({ added: 0, retracted: 0, moved: 2 });
  });

  it("never retracts a claim that is not the machine's alone to retract (reviewed, or a reviewer's source)", ({
    expect,
  }) => {
    const d = diffClaims(
      [],
      [
        supported("cl_1", "track", "culture", "mentioned", "true", 0),
        supported("cl_2", "event", "ev_1", "date", "2025-01-01"),
      ],
    );
    expect(d.retract).toEqual(["cl_2"]);
    expect(d.byPair.get("KZ-MA")).toEqual({ added: 0, retracted: 1, moved: 0 });
  });

  it("counts the same planned claim once", ({ expect }) => {
    const twice = planned("commitment", "cm_visa", "status", "signed");
    expect(diffClaims([twice, { ...twice }], []).byPair.get("KZ-MA")).toEqual({ added: 1, retracted: 0, moved: 0 });
  });
});
