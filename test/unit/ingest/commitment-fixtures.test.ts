/// <reference types="vite/client" />
/**
 * The commitment fixtures of quality/fixtures (written for this project): each report's commitments, with
 * their legal form, status and dates, exactly as its `expect` says ("?" about: no field named), a batch counted with
 * no subjects ("nine agreements") as that many instruments. Exactly: an extra commitment (a signature nobody made)
 * fails as surely as a missing one.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import type { ArticleInput } from "../../../src/ingest/types";

interface ExpectedCommitment {
  about: string;
  track?: string;
  legalForm: string | null;
  status: string;
  signedOn?: string;
  effectiveOn?: string;
}
interface QualityFixture extends ArticleInput {
  $comment: string;
  expect: { pairs: string[]; commitments: ExpectedCommitment[] };
}

const files = import.meta.glob<QualityFixture>("../../../quality/fixtures/commitments-*.json", {
  eager: true,
  import: "default",
});
const byName = new Map(Object.entries(files).map(([path, f]) => [path.replace(/^.*\//, "").replace(/\.json$/, ""), f]));

const sortKey = (c: ExpectedCommitment) => `${c.about}|${c.legalForm}|${c.status}`;

describe("commitment fixtures", () => {
  it("cover every pattern of the brief and say they are fictional", ({ expect }) => {
    expect(byName.size).toBeGreaterThanOrEqual(12);
    for (const f of byName.values()) expect(f.$comment).toMatch(/^FICTIONAL/);
  });

  it.for([...byName.keys()])("%s", async (name, { expect }) => {
    const f = byName.get(name);
    if (!f) throw new Error(name);
    const { $comment: _c, expect: wanted, ...input } = f;
    const a = await analyze(input);
    expect(a.pairs[0]?.key).toBe(wanted.pairs[0]);
    // A commitment counting a batch ("seven memoranda") stands for that many of the expected instruments.
    const got = a.commitments.flatMap((c) =>
      Array.from({ length: c.instruments ?? 1 }, () => ({
        about: c.track ?? c.sector ?? "?",
        ...(c.track ? { track: c.track } : {}),
        legalForm: c.legalForm ?? null,
        status: c.status,
        ...(c.signedOn ? { signedOn: c.signedOn } : {}),
        ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
      })),
    );
    expect(got.sort((x, y) => sortKey(x).localeCompare(sortKey(y)))).toEqual(
      [...wanted.commitments].sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
    );
  });
});
