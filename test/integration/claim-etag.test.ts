import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { call } from "../helpers/ingest-client";
import { readProblem } from "../helpers/http";

const CLAIM = "/v1/admin/claims/cl_test_etag";
const review = (body: unknown, ifMatch?: string) =>
  call(CLAIM, {
    method: "PATCH",
    headers: { "content-type": "application/json", ...(ifMatch === undefined ? {} : { "if-match": ifMatch }) },
    body: JSON.stringify(body),
  });

describe("claim reviews with If-Match", () => {
  beforeAll(async () => {
    await env.DB.prepare(
      `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
       VALUES ('cl_test_etag', 'KZ-MA', 'commitment', 'cm_kzma_grain_hub', 'status', 'agreed', 'machine', 0.6, 'unreviewed', 'now', 'now')`,
    ).run();
  });

  it("gives each claim a strong ETag that changes with every review", async ({ expect }) => {
    const res = await call(CLAIM);
    expect(res.status).toBe(200);
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await call(CLAIM)).headers.get("etag")).toBe(etag);
  });

  it("answers 428 to a review without If-Match, changing nothing", async ({ expect }) => {
    const res = await review({ action: "confirm" });
    expect(res.status).toBe(428);
    expect(await readProblem(res)).toMatchObject({ status: 428, code: "precondition-required" });
    expect(await env.DB.prepare("SELECT review FROM claims WHERE id = 'cl_test_etag'").first()).toEqual({
      review: "unreviewed",
    });
  });

  it("takes the first of two reviews made from the same reading and answers 412 to the second", async ({ expect }) => {
    const seen = (await call(CLAIM)).headers.get("etag") ?? "";
    const first = await review({ action: "confirm", note: "reviewer A" }, seen);
    expect(first.status).toBe(200);
    const next = first.headers.get("etag");
    expect(next).not.toBe(seen);
    const second = await review({ action: "reject", note: "reviewer B" }, seen);
    expect(second.status).toBe(412);
    expect(await readProblem(second)).toMatchObject({ status: 412, code: "precondition-failed" });
    expect(second.headers.get("etag")).toBe(next);
    const row = await env.DB.prepare("SELECT review FROM claims WHERE id = 'cl_test_etag'").first();
    expect(row).toEqual({ review: "confirmed" });
    // Read again, B can now decide knowingly.
    expect((await review({ action: "reject", note: "reviewer B" }, next ?? "")).status).toBe(200);
    // `*` matches any current version (RFC 9110 §13.1.1); a weak tag never does.
    expect((await review({ action: "confirm" }, "*")).status).toBe(200);
    const current = (await call(CLAIM)).headers.get("etag") ?? "";
    expect((await review({ action: "confirm" }, `W/${current}`)).status).toBe(412);
  });

  it("applies exactly one of two concurrent reviews sent with the same If-Match, answering 412 to the other", async ({
    expect,
  }) => {
    const seen = (await call(CLAIM)).headers.get("etag") ?? "";
    const reviews = async () =>
      (
        await env.DB.prepare("SELECT count(*) AS n FROM claim_reviews WHERE claim_id = 'cl_test_etag'").first<{
          n: number;
        }>()
      )?.n;
    const before = await reviews();
    const answers = await Promise.all([
      review({ action: "reject", note: "reviewer C" }, seen),
      review({ action: "confirm", note: "reviewer D" }, seen),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    const [won, lost] = answers[0]?.status === 200 ? answers : [answers[1], answers[0]];
    expect(await lost?.json()).toMatchObject({ status: 412, code: "precondition-failed" });
    // The loser is told the winner's ETag, and only the winner's review is in the history.
    expect(lost?.headers.get("etag")).toBe(won?.headers.get("etag"));
    expect(await reviews()).toBe((before ?? 0) + 1);
  });
});
