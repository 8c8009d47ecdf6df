import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { ingestArticle } from "../../../src/ingest/ingest";
import { loadPipeline } from "../../../src/ingest/load";
import { fixture, inputOf } from "./fixtures";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("ingestArticle returns a domain outcome, not an HTTP answer", () => {
  it("answers unreadable with the pipeline's reason, and writes nothing", { timeout: 30_000 }, async ({ expect }) => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>();
    const outcome = await ingestArticle(
      env.DB,
      await loadPipeline(),
      { title: "Only a title", text: "   " },
      {
        origin: "admin",
        now: NOW,
        archive: env.ARCHIVE,
      },
    );
    expect(outcome).toEqual({ kind: "unreadable", reason: "no-input", detail: "A report needs `text` or `html`." });
    expect(await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>()).toEqual(before);
  });

  it("answers created with the pairs it changed, then duplicate for the same report", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const input = inputOf(fixture("en-position-visa"));
    const pipeline = await loadPipeline();
    const first = await ingestArticle(env.DB, pipeline, input, { origin: "admin", now: NOW, archive: env.ARCHIVE });
    expect(first.kind).toBe("created");
    if (first.kind !== "created") return;
    expect(first.changedPairs).toEqual(["KZ-MA"]);
    const second = await ingestArticle(env.DB, pipeline, input, { origin: "admin", now: NOW, archive: env.ARCHIVE });
    expect(second).toEqual({ kind: "duplicate", resolution: first.resolution });
  });

  it("answers skipped for a report outside the pair a feed is restricted to", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const input = inputOf(fixture("fr-partnership"));
    const outcome = await ingestArticle(env.DB, await loadPipeline(), input, {
      origin: "feed",
      now: NOW,
      archive: env.ARCHIVE,
      onlyPair: "DE-FR",
    });
    expect(outcome).toMatchObject({ kind: "skipped", pairs: ["KZ-MA"] });
  });
});
