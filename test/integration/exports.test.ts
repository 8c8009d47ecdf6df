import { parse } from "csv-parse/sync";
import { describe, it } from "vitest";
import seed from "../../seed/dossiers/KZ-MA.json";
import { get, readProblem } from "../helpers/http";

/** Every seeded subject with the article ids that back it (the seed makes one claim per subject). */
const seededSubjects = new Map<string, string[]>([
  ...seed.tracks.map((t) => [`track:${t.slug}`, t.sources] as const),
  ...seed.commitments.map((c) => [`commitment:${c.id}`, c.sources] as const),
  ...seed.events.map((e) => [`event:${e.id}`, e.sources] as const),
  ...seed.positions.map((p) => [`position:${p.id}`, p.sources] as const),
]);
const outletOf = new Map(seed.sources.map((s) => [s.id, s.outlet]));

interface ExportSource {
  articleId: string;
  outlet: string;
  language: string;
  url: string | null;
  publishedOn: string | null;
  quote: string | null;
}

describe("GET /v1/pairs/{pair}/export.csv", () => {
  it("is RFC 4180 CSV with one row per claim and its sources", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/export.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="bilateral-KZ-MA-claims.csv"');
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text, { columns: true, record_delimiter: "\r\n", skip_empty_lines: false }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(seededSubjects.size);
    for (const row of rows) {
      const expected = seededSubjects.get(`${row.subject_type}:${row.subject_id}`);
      expect(expected, `${row.subject_type}:${row.subject_id}`).toBeDefined();
      const sources = JSON.parse(row.sources_json ?? "[]") as ExportSource[];
      expect(sources.map((s) => s.articleId).sort()).toEqual([...(expected ?? [])].sort());
      expect(Number(row.source_count)).toBe(expected?.length);
      expect(row.source_article_ids?.split("; ").sort()).toEqual([...(expected ?? [])].sort());
      for (const s of sources) expect(s.outlet).toBe(outletOf.get(s.articleId));
      expect(row).toMatchObject({ origin: "seed", review: "confirmed", confidence: "1" });
    }
    const rabat = rows.find((r) => r.subject_id === "ev_kzma_20250228_rabat");
    expect(rabat).toMatchObject({ predicate: "date", value: "2025-02-28", source_count: "5" });
    // Outlets with commas were quoted, so they came back whole.
    expect(rabat?.source_outlets).toContain("Arabic-language news report (position, security, economy)");
  });
});

describe("GET /v1/pairs/{pair}/export.ndjson", () => {
  it("is one JSON object per line, one line per claim", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/export.ndjson");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const text = new TextDecoder().decode(await res.arrayBuffer());
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    expect(lines).toHaveLength(seededSubjects.size);
    const claims = lines.map(
      (line) =>
        JSON.parse(line) as { claimId: string; subjectType: string; subjectId: string; sources: ExportSource[] },
    );
    for (const c of claims) {
      const expected = seededSubjects.get(`${c.subjectType}:${c.subjectId}`);
      expect(c.sources.map((s) => s.articleId).sort()).toEqual([...(expected ?? [])].sort());
    }
    const visa = claims.find((c) => c.subjectId === "cm_kzma_visa_exemption");
    expect(visa).toMatchObject({ predicate: "status", value: "in_force", origin: "seed" });
    expect(visa?.sources[0]).toMatchObject({
      articleId: "ar_seed_kzma_en2",
      language: "en",
      publishedOn: "2025-02-28",
      url: null,
      quote: null,
    });
  });
});

describe("export errors", () => {
  it("answers 404 problem+json for an unsupported format", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/export.xml");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await readProblem(res)).toMatchObject({ code: "not-found", status: 404 });
  });

  it("answers 404 for an untracked pair, 400 for a malformed one, 308 for a non-canonical one", async ({ expect }) => {
    const unknown = await get("/v1/pairs/FR-MA/export.ndjson");
    expect(unknown.status).toBe(404);
    expect(await readProblem(unknown)).toMatchObject({ code: "pair-not-tracked" });
    const malformed = await get("/v1/pairs/KZ-KZ/export.csv");
    expect(malformed.status).toBe(400);
    expect(await readProblem(malformed)).toMatchObject({ code: "invalid-pair" });
    const reversed = await get("/v1/pairs/MA-KZ/export.csv");
    expect(reversed.status).toBe(308);
    expect(reversed.headers.get("location")).toBe("/v1/pairs/KZ-MA/export.csv");
  });
});
