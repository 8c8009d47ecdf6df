import { describe, it } from "vitest";
import { planIngest } from "../../../src/ingest/plan/plan";
import { analysis, ctx, deps, input, pairCtx, span } from "../../helpers/plan-input";

describe("planIngest (pure)", () => {
  it("enriches existing records instead of creating twins", ({ expect }) => {
    const plan = planIngest(analysis(), ctx(pairCtx()), input, deps);
    expect(plan.newEvents).toEqual([]);
    expect(plan.newCommitments).toEqual([]);
    expect(plan.newTracks).toEqual([]);
    expect(plan.resolution).toMatchObject({
      pairs: ["KZ-MA"],
      events: [{ id: "ev_in_force", pair: "KZ-MA", date: "2025-03-19" }],
      tracks: ["visa-exemption"],
      commitments: ["cm_visa"],
    });
    // The signed agreement moves forward, keeping its seeded signature date and gaining the effective date.
    expect(plan.advancedCommitments).toEqual([
      { id: "cm_visa", status: "in_force", signedOn: "2024-09-26", effectiveOn: "2025-03-19" },
    ]);
    expect(plan.statusSteps).toEqual([{ commitmentId: "cm_visa", status: "in_force", on: "2025-03-19" }]);
    const subjects = plan.claims.map((c) => `${c.subjectType}:${c.subjectId}:${c.predicate}=${c.value}`);
    expect(subjects).toEqual(
      expect.arrayContaining([
        "event:ev_in_force:date=2025-03-19",
        "commitment:cm_visa:status=in_force",
        "commitment:cm_visa:effective_on=2025-03-19",
        "track:visa-exemption:mentioned=true",
      ]),
    );
  });

  it("starts a new event for a dated report about another happening", ({ expect }) => {
    const plan = planIngest(
      analysis({ eventDate: { date: "2025-06-10", evidence: "explicit", role: "event" }, commitments: [] }),
      ctx(pairCtx()),
      input,
      deps,
    );
    expect(plan.newEvents).toHaveLength(1);
    expect(plan.newEvents[0]).toMatchObject({
      pair: "KZ-MA",
      date: "2025-06-10",
      evidence: "explicit",
      place: "Astana",
      tracks: ["visa-exemption"],
    });
  });

  it("gives a new pair canonical tracks: the lexicon's own slug, else one named after the sector", ({ expect }) => {
    const plan = planIngest(
      analysis({
        pairs: [{ key: "MR-RU", score: 4 }],
        sectors: [
          { slug: "mobility-consular", score: 2, evidence: [span("visa")] },
          { slug: "health", score: 2, evidence: [span("hospitals")] },
        ],
      }),
      { ...ctx(undefined), pairs: new Map() },
      input,
      deps,
    );
    expect(plan.newPairs).toEqual(["MR-RU"]);
    // The visa agreement is `visa-exemption` here as on KZ-MA; health, with no lexicon track, gets `health`.
    expect(plan.newTracks.map((t) => [t.slug, t.sector, t.lastActivity])).toEqual([
      ["visa-exemption", "mobility-consular", "2025-03-19"],
      ["health", "health", "2025-03-19"],
    ]);
    expect(plan.newCommitments.map((c) => c.track)).toEqual(["visa-exemption"]);
    expect(plan.resolution.tracks).toEqual(["visa-exemption", "health"]);
  });

  it("attaches a report on a known pair to the track of a sector it touches, and brings its activity forward", ({
    expect,
  }) => {
    const known = pairCtx({
      tracks: [
        { slug: "visa-exemption", sector: "mobility-consular" },
        { slug: "security", sector: "security-defence" },
        { slug: "joint-commission", sector: "economy-trade-investment" },
        { slug: "business-council", sector: "economy-trade-investment" },
      ],
    });
    const plan = planIngest(
      analysis({
        tracks: [],
        commitments: [],
        sectors: [
          { slug: "security-defence", score: 3, evidence: [span("security")] },
          { slug: "economy-trade-investment", score: 2, evidence: [span("trade")] },
          { slug: "health", score: 2, evidence: [span("health")] },
        ],
        eventDate: { date: "2025-05-02", evidence: "explicit", role: "event" },
      }),
      ctx(known),
      input,
      deps,
    );
    // Security has one track; the economy has two (which one is unclear); health has none and gets none.
    expect(plan.touchedTracks).toEqual([{ pair: "KZ-MA", slug: "security", lastActivity: "2025-05-02" }]);
    expect(plan.newTracks).toEqual([]);
    expect(plan.resolution.tracks).toEqual(["security"]);
  });

  it("marks a near-copy about the same pair as syndicated, never one about another pair", ({ expect }) => {
    const near = [
      { id: "ar_other_pair", minhash: [1, 2, 3, 4], pairs: ["CL-NO"] },
      { id: "ar_orig", minhash: [1, 2, 3, 9], pairs: ["KZ-MA"] },
      { id: "ar_later_closer", minhash: [1, 2, 3, 4], pairs: ["KZ-MA"] },
    ];
    const plan = planIngest(analysis(), ctx(pairCtx(), near), input, deps);
    // The same template about another pair is not a copy; among copies, the most similar wins.
    expect(plan.article.syndicatedOf).toBe("ar_later_closer");
    expect(plan.resolution.syndicatedOf).toBe("ar_later_closer");
    const onlyOther = planIngest(analysis(), ctx(pairCtx(), [near[0] as (typeof near)[number]]), input, deps);
    expect(onlyOther.article.syndicatedOf).toBeNull();
  });

  it("creates a position for its holder, then only reaffirms it", ({ expect }) => {
    const pos = {
      holder: "KZ",
      issue: "sahara-autonomy-plan",
      stance: "supports" as const,
      quote: span("backs the autonomy plan"),
      confidence: 0.8,
    };
    const first = planIngest(analysis({ positions: [pos] }), ctx(pairCtx()), input, deps);
    expect(first.newPositions.map((p) => p.id)).toEqual(["po_kzma_kz_sahara_autonomy_plan"]);
    const known = pairCtx({
      positions: [
        {
          id: "po_x",
          holder: "KZ",
          issue: "sahara-autonomy-plan",
          firstStated: "2025-02-28",
          lastReaffirmed: "2025-02-28",
        },
      ],
    });
    const again = planIngest(analysis({ positions: [pos] }), ctx(known), input, deps);
    expect(again.newPositions).toEqual([]);
    expect(again.reaffirmedPositions).toEqual([{ id: "po_x", date: "2025-03-19" }]);
  });

  it("never dates a position on the ingestion day", ({ expect }) => {
    const pos = {
      holder: "KZ",
      issue: "sahara-autonomy-plan",
      stance: "supports" as const,
      quote: span("backs the autonomy plan"),
      confidence: 0.8,
    };
    // No event date, no publication date, no date in the text.
    const { eventDate: _e, publishedOn: _p, ...rest } = analysis({ positions: [pos], dates: [] });
    const plan = planIngest(rest, ctx(pairCtx()), input, deps);
    expect(plan.newPositions).toEqual([]);
    const stated = planIngest(
      {
        ...rest,
        positions: [pos],
        dates: [{ date: "2025-02-28", evidence: "explicit", role: "event", span: span("28 February 2025") }],
      },
      ctx(pairCtx()),
      input,
      deps,
    );
    expect(stated.newPositions.map((p) => p.date)).toEqual(["2025-02-28"]);
  });
});
