/**
 * A batch that reports count without telling its instruments apart ("seven memoranda were signed") is one
 * commitment standing for that many instruments, through every public surface: the dossier JSON and its OpenAPI
 * schema, the page, the embed and the CSV/NDJSON exports. Every report posted here is FICTIONAL, written for
 * these tests.
 */
import { describe, it } from "vitest";
import { OpenApiDocumentSchema } from "../../src/openapi/document-schema";
import { dossier, postArticle } from "../helpers/ingest-client";
import { get, getJson } from "../helpers/http";

const commitments = async () => (await dossier()).commitments;

describe("a counted batch of instruments", () => {
  it("is one commitment standing for each instrument, on every surface", { timeout: 60_000 }, async ({ expect }) => {
    const posted = await postArticle({
      url: "https://fixture-wire.example/2025/06/kz-ma-seven-memoranda",
      outlet: "Fixture Wire",
      publishedAt: "2025-06-04T09:00:00Z",
      title: "Kazakhstan and Morocco sign seven memoranda",
      text:
        "Kazakhstan and Morocco signed seven memoranda of understanding in Rabat on 3 June 2025, at the end of talks " +
        "between the two foreign ministers on trade, transport and education between the two countries.",
    });
    expect(posted.status).toBe(201);
    const batch = (await commitments()).find((c) => c.instruments > 1);
    expect(batch).toMatchObject({ instruments: 7, legalForm: "memorandum", status: "signed", signedOn: "2025-06-03" });
    // Every other commitment is one instrument.
    for (const c of await commitments()) if (c.id !== batch?.id) expect(c.instruments, c.id).toBe(1);

    const doc = JSON.stringify((await getJson("/openapi.json", OpenApiDocumentSchema)).body);
    expect(doc).toContain('"instruments"');

    expect(await (await get("/pairs/KZ-MA")).text()).toContain("batch of 7 instruments");
    expect(await (await get("/embed/KZ-MA")).text()).toContain("batch of 7 instruments");
    expect(await (await get("/pairs/KZ-MA?lang=fr")).text()).toContain("lot de 7 instruments");

    const ndjson = (await (await get("/v1/pairs/KZ-MA/export.ndjson")).text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const claims = ndjson.filter((c) => c.subjectId === batch?.id);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.instruments).toBe(7);
    expect(claims.find((c) => c.predicate === "instruments")?.value).toBe("7");
    expect(ndjson.find((c) => c.subjectType === "event")?.instruments).toBeNull();

    const [header, ...rows] = (await (await get("/v1/pairs/KZ-MA/export.csv")).text()).split("\r\n");
    expect(header?.split(",").at(-1)).toBe("instruments");
    const row = rows.find((l) => l.includes(`${batch?.id},status,`));
    expect(row?.endsWith(",7")).toBe(true);
  });

  it("grows when a later source counts the batch larger, and keeps both counts as claims", { timeout: 60_000 }, async ({
    expect,
  }) => {
    const first = await postArticle({
      url: "https://fixture-daily.example/2025/09/kz-ma-five-agreements",
      outlet: "Fixture Daily",
      publishedAt: "2025-09-10T09:00:00Z",
      text: "Kazakhstan and Morocco signed five agreements in Astana on 9 September 2025 during the visit of the Moroccan foreign minister.",
    });
    expect(first.status).toBe(201);
    const [id] = first.body.article.commitments;
    expect((await commitments()).find((c) => c.id === id)?.instruments).toBe(5);
    const later = await postArticle({
      url: "https://fixture-herald.example/2025/09/kz-ma-eight-agreements",
      outlet: "Fixture Herald",
      publishedAt: "2025-09-11T09:00:00Z",
      text: "In Astana on 9 September 2025, Kazakhstan and Morocco signed eight agreements, the Kazakh foreign ministry said after the talks.",
    });
    expect(later.status).toBe(201);
    expect(later.body.article.commitments).toContain(id);
    const grown = (await commitments()).find((c) => c.id === id);
    expect(grown?.instruments).toBe(8);
    expect(
      grown?.conflicts
        .find((c) => c.field === "instruments")
        ?.values.slice()
        .sort(),
    ).toEqual(["5", "8"]);
  });
});
