import { describe, it } from "vitest";
import { matchEvent } from "../../../src/ingest/plan/cluster";
import { similarity } from "../../../src/ingest/read/minhash";
import { planIngest } from "../../../src/ingest/plan/plan";
import type { IngestContext, PairContext } from "../../../src/ingest/plan/types";
import type { Analysis } from "../../../src/ingest/types";

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    language: "en",
    title: "Visa waiver in force",
    text: "Body",
    contentHash: "ab".repeat(32),
    minhash: [1, 2, 3, 4],
    bands: ["b0:x"],
    publishedOn: "2025-03-19",
    countries: [],
    pairs: [{ key: "KZ-MA", score: 5 }],
    sectors: [{ slug: "mobility-consular", score: 2, evidence: [span("visa")] }],
    tracks: [{ slug: "visa-exemption", sector: "mobility-consular", score: 2, evidence: [span("visa waiver")] }],
    dates: [],
    eventDate: { date: "2025-03-19", evidence: "explicit", role: "entry-into-force", span: span("19 March 2025") },
    commitments: [
      {
        kind: "agreement",
        status: "in_force",
        track: "visa-exemption",
        sector: "mobility-consular",
        title: "Visa exemption agreement",
        effectiveOn: "2025-03-19",
        quote: span("enters into force on 19 March 2025"),
        confidence: 0.8,
      },
    ],
    positions: [],
    entities: ["astana"],
    place: "Astana",
    ...over,
  };
}

function pairCtx(over: Partial<PairContext> = {}): PairContext {
  return {
    exists: true,
    tracks: [{ slug: "visa-exemption", sector: "mobility-consular" }],
    commitments: [
      {
        id: "cm_visa",
        track: "visa-exemption",
        kind: "agreement",
        legalForm: "agreement",
        instruments: 1,
        status: "signed",
        signedOn: "2024-09-26",
        effectiveOn: null,
        origin: "seed",
      },
    ],
    events: [
      {
        id: "ev_in_force",
        date: "2025-03-19",
        dateEvidence: "explicit",
        tracks: ["visa-exemption"],
        entities: [],
        place: null,
      },
    ],
    positions: [],
    ...over,
  };
}

const ctx = (pc: PairContext | undefined, near: IngestContext["nearDuplicates"] = []): IngestContext => ({
  pairs: new Map(pc ? [["KZ-MA", pc]] : []),
  nearDuplicates: near,
  sectorLabels: new Map([["mobility-consular", { en: "Mobility and consular affairs", fr: "Mobilité" }]]),
  now: "2025-03-20T00:00:00.000Z",
});
const deps = { matchEvent, similarity };
const input = {
  articleId: "ar_1",
  input: { text: "Body", url: "https://news.example/1", outlet: "Wire" },
  origin: "admin" as const,
  feedId: null,
};

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

  it("never moves a commitment backwards", ({ expect }) => {
    const pc = pairCtx({
      commitments: [
        {
          id: "cm_visa",
          track: "visa-exemption",
          kind: "agreement",
          legalForm: "agreement",
          instruments: 1,
          status: "in_force",
          signedOn: "2024-09-26",
          effectiveOn: "2025-03-19",
          origin: "seed",
        },
      ],
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
      commitments: [
        {
          id: "cm_visa",
          track: "visa-exemption",
          kind: "agreement",
          legalForm: null,
          instruments: 1,
          status: "signed",
          signedOn: "2024-09-26",
          effectiveOn: null,
          origin: "seed",
        },
      ],
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
