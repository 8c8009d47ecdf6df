/**
 * A commitment's legal form and corroboration through the public surfaces: the dossier JSON and its OpenAPI
 * schema, the dossier page, the embed and the CSV/NDJSON exports; and a later report restating a known
 * commitment adds a source, never a twin. Every report posted here is fictional, written for these tests.
 */
import { describe, it } from "vitest";
import { LEGAL_FORMS } from "../../src/schemas/vocabulary";
import { dossier, postArticle } from "../helpers/ingest-client";
import { get, getJson } from "../helpers/http";
import { OpenApiDocumentSchema } from "../../src/openapi/document-schema";

const commitments = async () => (await dossier()).commitments;

const MOU =
  "Kazakhstan and Morocco signed a memorandum of understanding on cultural cooperation in Astana on 3 June 2025. " +
  "The two foreign ministers initialled the text at the end of their talks, which also covered trade, tourism and " +
  "student exchanges between Kazakh and Moroccan universities, according to the organisers of the meeting.";

describe("the commitment contract", () => {
  it("gives every seeded commitment a legal form and its corroboration in the dossier JSON", async ({ expect }) => {
    const list = await commitments();
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) {
      expect(c.legalForm === null || (LEGAL_FORMS as readonly string[]).includes(c.legalForm), c.id).toBe(true);
      expect(Number.isInteger(c.independentSources), c.id).toBe(true);
      expect(typeof c.officialSource).toBe("boolean");
      expect(typeof c.singleSource).toBe("boolean");
    }
    const byId = new Map(list.map((c) => [c.id, c]));
    expect(byId.get("cm_kzma_visa_exemption")).toMatchObject({ legalForm: "agreement", officialSource: false });
    expect(byId.get("cm_kzma_joint_statement_2025")).toMatchObject({
      legalForm: "joint-statement",
      independentSources: 3,
      singleSource: false,
    });
  });

  it("declares the fields in the OpenAPI schema of a commitment", async ({ expect }) => {
    const doc = (await getJson("/openapi.json", OpenApiDocumentSchema)).body;
    const text = JSON.stringify(doc);
    for (const field of ["legalForm", "independentSources", "officialSource", "singleSource"])
      expect(text, field).toContain(`"${field}"`);
    expect(text).toContain('"joint-statement"');
  });

  it("marks a signature known from one unofficial source, counts copies once, and clears the mark with an official source", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const first = await postArticle({
      url: "https://fixture-wire.example/2025/06/kz-ma-culture",
      outlet: "Fixture Wire",
      publishedAt: "2025-06-04T09:00:00Z",
      title: "Kazakhstan and Morocco sign a cultural memorandum",
      text: MOU,
    });
    expect(first.status).toBe(201);
    const [id] = first.body.article.commitments;
    const mou = (await commitments()).find((c) => c.id === id);
    expect(mou).toMatchObject({
      track: "culture",
      legalForm: "memorandum",
      status: "signed",
      signedOn: "2025-06-03",
      independentSources: 1,
      officialSource: false,
      singleSource: true,
    });
    // The seeded cultural-ties commitment (agreed in the joint statement) is another commitment, untouched.
    expect((await commitments()).find((c) => c.id === "cm_kzma_culture")?.legalForm).toBe("joint-statement");

    const page = await (await get("/pairs/KZ-MA")).text();
    expect(page).toContain("single unofficial source");
    expect(page).toContain("memorandum of understanding");
    const embed = await (await get("/embed/KZ-MA")).text();
    expect(embed).toContain(`data-commitment="${id}"`);
    expect(embed).toContain("single unofficial source");

    // A syndicated copy under another URL: one more source, still one independent source.
    const copy = await postArticle({
      url: "https://fixture-daily.example/world/kz-ma-culture-memo",
      outlet: "Fixture Daily",
      publishedAt: "2025-06-04T11:00:00Z",
      title: "Culture memorandum for Kazakhstan and Morocco",
      text: `${MOU} (Fixture Wire)`,
    });
    expect(copy.status).toBe(201);
    expect(copy.body.article.syndicatedOf).not.toBeNull();
    expect((await commitments()).find((c) => c.id === id)).toMatchObject({
      independentSources: 1,
      singleSource: true,
    });
    expect((await commitments()).find((c) => c.id === id)?.sources).toHaveLength(2);

    // The ministry's own report: official, and a second independent source of the signature.
    const official = await postArticle({
      url: "https://www.mfa.gov.kz/en/press/kz-ma-culture-memorandum",
      publishedAt: "2025-06-03T18:00:00Z",
      title: "Kazakhstan and Morocco sign a memorandum on cultural cooperation",
      text:
        "In Astana on 3 June 2025 the Ministers of Foreign Affairs of Kazakhstan and Morocco signed a memorandum of understanding on cultural cooperation, " +
        "providing for joint festivals, museum partnerships and translation programmes between the two countries.",
    });
    expect(official.status).toBe(201);
    expect(official.body.article.commitments).toContain(id);
    expect((await commitments()).find((c) => c.id === id)).toMatchObject({
      independentSources: 2,
      officialSource: true,
      singleSource: false,
    });
    expect(await (await get("/embed/KZ-MA")).text()).not.toContain("single unofficial source");
  });

  it("adds a restating report as a source of the known commitment, never a twin", async ({ expect }) => {
    const before = (await commitments()).filter((c) => c.track === "visa-exemption");
    expect(before).toHaveLength(1);
    const res = await postArticle({
      url: "https://fixture-tourism.example/kz-ma-visa",
      outlet: "Fixture Tourism",
      publishedAt: "2025-09-01T09:00:00Z",
      title: "Visa-free travel lifts Kazakh arrivals in Morocco",
      text:
        "The visa exemption for holders of ordinary passports that entered into force between Kazakhstan and Morocco on 19 March 2025 " +
        "has doubled the number of Kazakh tourists in Marrakech, the tourism board of Morocco said.",
    });
    expect(res.status).toBe(201);
    expect(res.body.article.commitments).toEqual(["cm_kzma_visa_exemption"]);
    const after = (await commitments()).filter((c) => c.track === "visa-exemption");
    expect(after).toHaveLength(1);
    expect(after[0]?.sources.length).toBe((before[0]?.sources.length ?? 0) + 1);
    expect(after[0]).toMatchObject({ status: "in_force", legalForm: "agreement" });
  });

  it("exports the legal form and corroboration of each commitment claim in CSV and NDJSON", async ({ expect }) => {
    const ndjson = (await (await get("/v1/pairs/KZ-MA/export.ndjson")).text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const visa = ndjson.find((c) => c.subjectId === "cm_kzma_visa_exemption" && c.predicate === "status");
    expect(visa).toMatchObject({ legalForm: "agreement", officialSource: false });
    expect(Number.isInteger(visa?.independentSources)).toBe(true);
    expect(typeof visa?.singleSource).toBe("boolean");
    const event = ndjson.find((c) => c.subjectType === "event");
    expect(event).toMatchObject({
      legalForm: null,
      independentSources: null,
      officialSource: null,
      singleSource: null,
    });

    const csv = await (await get("/v1/pairs/KZ-MA/export.csv")).text();
    const [header, ...lines] = csv.split("\r\n");
    const columns = header?.split(",") ?? [];
    expect(columns.slice(-5)).toEqual([
      "legal_form",
      "independent_sources",
      "official_source",
      "single_source",
      "instruments",
    ]);
    const row = lines.find((l) => l.includes("cm_kzma_joint_statement_2025") && l.includes(",status,"));
    expect(row?.endsWith(",joint-statement,3,false,false,1")).toBe(true);
  });
});
