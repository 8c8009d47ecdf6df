/**
 * An instrument a report tells of an earlier time with no day ("It replaces a treaty signed in 2019") keeps its status
 * with no date, and its lifecycle step is undated: never the report's day, which is the day of something else.
 * Texts FICTIONAL.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { planIngest } from "../../../src/ingest/plan/plan";
import { analysis, ctx, deps, input, pairCtx, span } from "../../helpers/plan-input";

const TREATY = {
  kind: "agreement",
  status: "signed",
  sector: "political-dialogue",
  legalForm: "treaty",
  title: "Treaty",
  quote: span("a treaty signed in 2019"),
  confidence: 0.7,
} as const;

describe("an instrument of an earlier time with no day", () => {
  it("is read as earlier, and the day's instrument is not", async ({ expect }) => {
    const a = await analyze({
      text: "Kenya and Uganda signed an agreement on trade on Tuesday. It replaces a treaty signed in 2019.",
      publishedAt: "2026-03-11",
      language: "en",
    });
    const treaty = a.commitments.find((c) => c.legalForm === "treaty");
    const agreement = a.commitments.find((c) => c.legalForm === "agreement");
    expect(treaty?.status).toBe("signed");
    expect(treaty?.signedOn).toBeUndefined();
    expect(treaty?.earlier).toBe(true);
    expect(agreement?.signedOn).toBe("2026-03-10");
    expect(agreement?.earlier).toBeUndefined();
  });

  it.for([
    [{ ...TREATY, earlier: true as const }, null],
    [TREATY, "2025-03-19"],
  ] as const)("plans its step undated, else on the report's day (%#)", ([hit, on], { expect }) => {
    const plan = planIngest(
      analysis({ tracks: [], commitments: [hit] }),
      ctx(pairCtx({ commitments: [] })),
      input,
      deps,
    );
    expect(plan.statusSteps).toHaveLength(1);
    expect(plan.statusSteps[0]?.on).toBe(on);
  });
});
