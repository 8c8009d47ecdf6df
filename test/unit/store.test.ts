import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { DOSSIER_STATEMENTS, readDossierRows, readEventPage } from "../../src/store/dossier";
import { allPairKeys, listPairs } from "../../src/store/pairs";
import { readGlobalVersion, readPairVersion } from "../../src/store/versions";
import { listSectors } from "../../src/store/sectors";

describe("store functions against real D1", () => {
  it("reads the seeded dossier rows in one batch", async ({ expect }) => {
    const rows = await readDossierRows(env.DB, "KZ-MA", 10);
    expect(rows?.tracks).toHaveLength(10);
    expect(rows?.commitments).toHaveLength(11);
    expect(rows?.events).toHaveLength(5);
    expect(rows?.positions).toHaveLength(1);
    expect(rows?.sectors).toHaveLength(13);
    expect(DOSSIER_STATEMENTS).toBe(10);
    const rabat = rows?.sources.filter((s) => s.subject_type === "event" && s.subject_id === "ev_kzma_20250228_rabat");
    expect(rabat?.map((s) => s.language).sort()).toEqual(["ar", "en", "en", "fr", "it"]);
  });

  it("returns undefined for an untracked pair", async ({ expect }) => {
    expect(await readDossierRows(env.DB, "DE-FR", 10)).toBeUndefined();
    expect(await readPairVersion(env.DB, "DE-FR")).toBeUndefined();
  });

  it("pages events with a keyset cursor", async ({ expect }) => {
    const page = await readEventPage(env.DB, "KZ-MA", 2, { date: "2025-03-19", id: "ev_kzma_20250319_visa_in_force" });
    expect(page.events.map((e) => e.date)).toEqual(["2025-02-28", "2024-10-31"]);
  });

  it("lists pairs, sectors and versions", async ({ expect }) => {
    expect((await listPairs(env.DB, 10, null)).map((p) => p.key)).toEqual(["KZ-MA"]);
    expect(await listPairs(env.DB, 10, "KZ-MA")).toEqual([]);
    expect(await allPairKeys(env.DB)).toEqual(["KZ-MA"]);
    expect((await listSectors(env.DB)).map((s) => s.slug)[12]).toBe("health");
    const v = (await readPairVersion(env.DB, "KZ-MA"))?.version;
    expect(v).toBeGreaterThan(0);
    expect((await readGlobalVersion(env.DB)).version).toBeGreaterThanOrEqual(v ?? 0);
  });

  it("bumps the pair version and logs a change on every real change, and not on a no-op", async ({ expect }) => {
    const before = (await readPairVersion(env.DB, "KZ-MA"))?.version ?? 0;
    await env.DB.prepare("UPDATE tracks SET status = 'stalled' WHERE pair = 'KZ-MA' AND slug = 'culture'").run();
    const after = (await readPairVersion(env.DB, "KZ-MA"))?.version ?? 0;
    expect(after).toBeGreaterThan(before);
    const last = await env.DB.prepare(
      "SELECT entity_type, entity_id, action FROM changes ORDER BY seq DESC LIMIT 1",
    ).first();
    expect(last).toEqual({ entity_type: "track", entity_id: "culture", action: "updated" });
  });
});
