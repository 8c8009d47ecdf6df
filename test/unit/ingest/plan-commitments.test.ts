import { describe, it } from "vitest";
import { planIngest } from "../../../src/ingest/plan/plan";
import type { PairContext } from "../../../src/ingest/plan/types";
import { analysis, ctx, deps, input, pairCtx, span, VISA_COMMITMENT } from "../../helpers/plan-input";

describe("planIngest (pure): commitments", () => {
  it("never moves a commitment backwards", ({ expect }) => {
    const pc = pairCtx({
      commitments: [{ ...VISA_COMMITMENT, status: "in_force", effectiveOn: "2025-03-19" }],
    });
    const plan = planIngest(
      analysis({
        commitments: [
          {
            kind: "agreement",
            status: "signed",
            track: "visa-exemption",
            sector: "mobility-consular",
            title: "Visa",
            signedOn: "2024-09-26",
            quote: span("signed"),
            confidence: 0.8,
          },
        ],
      }),
      ctx(pc),
      input,
      deps,
    );
    expect(plan.advancedCommitments).toEqual([]);
    expect(plan.claims.find((c) => c.subjectType === "commitment" && c.predicate === "status")?.value).toBe("signed");
  });

  it.for(["suspended", "terminated"] as const)(
    "never moves a %s commitment and adds no history step, but keeps the report's claim",
    (status, { expect }) => {
      const pc = pairCtx({
        commitments: [{ ...(pairCtx().commitments[0] as PairContext["commitments"][number]), status }],
      });
      const plan = planIngest(analysis(), ctx(pc), input, deps);
      expect(plan.advancedCommitments).toEqual([]);
      expect(plan.statusSteps).toEqual([]);
      expect(plan.claims.find((c) => c.subjectType === "commitment" && c.predicate === "status")?.value).toBe(
        "in_force",
      );
    },
  );

  it("lets a machine-created pair gain tracks and commitments from later reports", ({ expect }) => {
    // The pair's first report gave it one track per sector; a later one names lexicon tracks.
    const pc = pairCtx({
      tracks: [{ slug: "political-dialogue", sector: "political-dialogue" }],
      commitments: [],
      events: [],
    });
    const later = analysis({
      tracks: [
        {
          slug: "political-consultations",
          sector: "political-dialogue",
          score: 2,
          evidence: [span("political consultations")],
        },
        { slug: "visa-exemption", sector: "mobility-consular", score: 2, evidence: [span("visa exemption")] },
      ],
      commitments: [
        {
          kind: "agreement",
          status: "signed",
          track: "visa-exemption",
          sector: "mobility-consular",
          title: "Visa exemption agreement",
          signedOn: "2025-04-10",
          quote: span("signed"),
          confidence: 0.8,
        },
      ],
    });
    const plan = planIngest(later, ctx(pc), input, deps);
    // Lexicon tracks keep their canonical slugs, as on every other pair.
    expect(plan.resolution.tracks).toEqual(["political-consultations", "visa-exemption"]);
    expect(plan.newTracks.map((t) => [t.slug, t.sector])).toEqual([
      ["political-consultations", "political-dialogue"],
      ["visa-exemption", "mobility-consular"],
    ]);
    expect(plan.newCommitments.map((c) => [c.track, c.status, c.signedOn])).toEqual([
      ["visa-exemption", "signed", "2025-04-10"],
    ]);
  });

  it("never pushes a lower status after a higher one for the same commitment within one report", ({ expect }) => {
    const hits = [
      {
        kind: "agreement" as const,
        status: "in_force" as const,
        track: "visa-exemption",
        sector: "mobility-consular",
        title: "Visa",
        effectiveOn: "2025-03-19",
        quote: span("in force"),
        confidence: 0.8,
      },
      {
        kind: "declaration" as const,
        status: "ratified" as const,
        track: "visa-exemption",
        sector: "mobility-consular",
        title: "Visa",
        quote: span("ratified"),
        confidence: 0.8,
      },
    ];
    const plan = planIngest(analysis({ commitments: hits }), ctx(pairCtx()), input, deps);
    expect(plan.advancedCommitments.map((c) => c.status)).toEqual(["in_force"]);
  });

  it("keeps two instruments of one track apart by legal form, and fills a known commitment's missing form", ({
    expect,
  }) => {
    const hit = (legalForm: "agreement" | "memorandum") => ({
      kind: "agreement" as const,
      status: "signed" as const,
      track: "visa-exemption",
      sector: "mobility-consular",
      title: "Visa exemption agreement",
      legalForm,
      signedOn: "2025-03-19",
      quote: span("signed"),
      confidence: 0.9,
    });
    const known = pairCtx({
      commitments: [{ ...VISA_COMMITMENT, legalForm: null }],
    });
    const plan = planIngest(analysis({ commitments: [hit("agreement"), hit("memorandum")] }), ctx(known), input, deps);
    // The agreement restates the known commitment (its form is filled in); the memorandum is another instrument.
    expect(plan.formedCommitments).toEqual([{ id: "cm_visa", legalForm: "agreement" }]);
    expect(plan.newCommitments.map((c) => [c.track, c.legalForm])).toEqual([["visa-exemption", "memorandum"]]);
    expect(plan.claims.filter((c) => c.predicate === "legal_form").map((c) => c.value)).toEqual([
      "agreement",
      "memorandum",
    ]);
  });

  it("files an instrument with no track of ours under its sector's track, created for it", ({ expect }) => {
    const memo = {
      kind: "agreement" as const,
      status: "signed" as const,
      sector: "mobility-consular",
      title: "Memorandum of understanding",
      legalForm: "memorandum" as const,
      signedOn: "2025-03-19",
      quote: span("signed a memorandum"),
      confidence: 0.9,
    };
    const plan = planIngest(analysis({ commitments: [memo] }), ctx(pairCtx()), input, deps);
    expect(plan.newTracks.map((t) => t.slug)).toEqual(["mobility-consular"]);
    expect(plan.newCommitments).toMatchObject([
      {
        track: "mobility-consular",
        legalForm: "memorandum",
        status: "signed",
        titles: { en: "Memorandum of understanding: Mobility and consular affairs" },
      },
    ]);
  });
});
