import { describe, it } from "vitest";
import { DossierSchema } from "../../src/schemas/dossier";
import { get, getJson } from "../helpers/http";

describe("GET /v1/pairs/{pair}", () => {
  it("redirects a non-canonical pair with 308, keeping the query", async ({ expect }) => {
    const res = await get("/v1/pairs/MA-KZ?lang=fr");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/v1/pairs/KZ-MA?lang=fr");
    const lower = await get("/v1/pairs/kz-ma");
    expect(lower.status).toBe(308);
    expect(lower.headers.get("location")).toBe("/v1/pairs/KZ-MA");
  });

  it("serves the seeded Morocco–Kazakhstan dossier", async ({ expect }) => {
    const { body: d } = await getJson("/v1/pairs/KZ-MA", DossierSchema);
    expect(d.pair).toBe("KZ-MA");
    expect(d.countries).toEqual([
      { code: "KZ", name: "Kazakhstan" },
      { code: "MA", name: "Morocco" },
    ]);
    expect(d.tracks.map((t) => t.slug).sort()).toEqual(
      [
        "business-council",
        "culture",
        "economy-technology",
        "grain-logistics-hub",
        "joint-commission",
        "multilateral-coordination",
        "political-consultations",
        "religious-ties",
        "security",
        "visa-exemption",
      ].sort(),
    );
    for (const t of d.tracks) expect(t.sourceCount).toBeGreaterThan(0);
    const visa = d.commitments.find((c) => c.track === "visa-exemption");
    expect(visa).toMatchObject({ status: "in_force", signedOn: "2024-09-26", effectiveOn: "2025-03-19" });
    expect(visa?.sources.length).toBeGreaterThan(0);
    const rabat = d.events.find((e) => e.date === "2025-02-28");
    expect(rabat?.place).toBe("Rabat");
    expect(rabat?.sources.length).toBe(5);
    const sahara = d.positions.find((p) => p.holder === "KZ");
    expect(sahara).toMatchObject({ issue: "sahara-autonomy-plan", stance: "supports", firstStated: "2025-02-28" });
    expect(sahara?.sources.length).toBeGreaterThan(0);
    expect(typeof d.version).toBe("number");
    expect(d.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("localizes country names", async ({ expect }) => {
    const { body: fr } = await getJson("/v1/pairs/KZ-MA?lang=fr", DossierSchema);
    expect(fr.countries[1]?.name).toBe("Maroc");
    const { body: ar } = await getJson("/v1/pairs/KZ-MA?lang=ar", DossierSchema);
    expect(ar.countries[1]?.name).toBe("المغرب");
  });
});
