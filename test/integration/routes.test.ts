import { describe, it } from "vitest";
import { CommitmentListSchema, EventPageSchema, TrackDetailSchema } from "../../src/schemas/dossier";
import { CountryListSchema, PairListSchema, SectorListSchema } from "../../src/schemas/lists";
import { get, getJson } from "../helpers/http";

describe("public read routes", () => {
  it("lists pairs with cursor pagination", async ({ expect }) => {
    const { body } = await getJson("/v1/pairs?limit=1", PairListSchema);
    expect(body.pairs).toHaveLength(1);
    expect(body.pairs[0]).toMatchObject({ pair: "KZ-MA", trackCount: 10 });
    expect(body.nextCursor).toBeNull();
  });

  it("serves one track with its commitments and events", async ({ expect }) => {
    const { body } = await getJson("/v1/pairs/KZ-MA/tracks/visa-exemption?lang=fr", TrackDetailSchema);
    expect(body.track).toMatchObject({ slug: "visa-exemption", sector: "mobility-consular", status: "established" });
    expect(body.track.title).toBe("Exemption de visa pour les passeports ordinaires");
    expect(body.commitments.map((c) => c.id)).toEqual(["cm_kzma_visa_exemption"]);
    expect(body.events.map((e) => e.date)).toEqual(["2025-03-19", "2025-02-28", "2024-09-26"]);
  });

  it("pages events newest first with a cursor", async ({ expect }) => {
    const { body: first } = await getJson("/v1/pairs/KZ-MA/events?limit=2", EventPageSchema);
    expect(first.events.map((e) => e.date)).toEqual(["2025-11-24", "2025-03-19"]);
    const { body: second } = await getJson(
      `/v1/pairs/KZ-MA/events?limit=2&cursor=${first.nextCursor}`,
      EventPageSchema,
    );
    expect(second.events.map((e) => e.date)).toEqual(["2025-02-28", "2024-10-31"]);
    const { body: third } = await getJson(
      `/v1/pairs/KZ-MA/events?limit=2&cursor=${second.nextCursor}`,
      EventPageSchema,
    );
    expect(third.events.map((e) => e.date)).toEqual(["2024-09-26"]);
    expect(third.nextCursor).toBeNull();
  });

  it("filters commitments by status and track", async ({ expect }) => {
    const { body } = await getJson("/v1/pairs/KZ-MA/commitments?status=in_force", CommitmentListSchema);
    expect(body.commitments.map((c) => c.id)).toEqual(["cm_kzma_visa_exemption"]);
    expect(body.commitments[0]?.history).toEqual([
      { status: "signed", on: "2024-09-26" },
      { status: "in_force", on: "2025-03-19" },
    ]);
    const { body: grain } = await getJson(
      "/v1/pairs/KZ-MA/commitments?track=grain-logistics-hub",
      CommitmentListSchema,
    );
    expect(grain.commitments).toEqual([expect.objectContaining({ status: "discussed" })]);
  });

  it("lists sectors localized, in taxonomy order", async ({ expect }) => {
    const { body } = await getJson("/v1/sectors?lang=ar", SectorListSchema);
    expect(body.sectors).toHaveLength(13);
    expect(body.sectors[0]).toMatchObject({ slug: "political-dialogue", label: "الحوار السياسي" });
  });

  it("lists countries with their tracked pairs", async ({ expect }) => {
    const { body } = await getJson("/v1/countries?lang=fr", CountryListSchema);
    expect(body.countries.length).toBeGreaterThan(240);
    expect(body.countries.find((c) => c.code === "MA")).toEqual({ code: "MA", name: "Maroc", pairs: ["KZ-MA"] });
    expect(body.countries.find((c) => c.code === "DE")?.pairs).toEqual([]);
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas", async ({ expect }) => {
    const doc = (await (await get("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: { name: string; in: string; schema: { enum?: string[] } }[];
            responses: Record<
              string,
              { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }
            >;
          }
        >
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const dossier = doc.paths["/v1/pairs/{pair}"]?.get;
    expect(dossier?.parameters.find((p) => p.name === "lang")?.schema.enum).toEqual(["en", "fr", "ar", "it", "ru"]);
    const props = dossier?.responses["200"]?.content?.["application/json"]?.schema.properties ?? {};
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining([
        "pair",
        "countries",
        "version",
        "updatedAt",
        "tracks",
        "commitments",
        "events",
        "positions",
      ]),
    );
  });
});
