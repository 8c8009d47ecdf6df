import { env } from "cloudflare:workers";
import { afterEach, describe, it } from "vitest";
import { setClock } from "../../src/http/clock";
import { invalidateVersionMemo, scopeVersion, VERSION_MEMO_MS } from "../../src/http/version-memo";
import { dossierChanged } from "../../src/jobs/dossier-changed";

let t = 1_000_000;
const pair = { kind: "pair", pair: "KZ-MA" } as const;
const bump = () =>
  env.DB.prepare("UPDATE tracks SET last_activity = ?1 WHERE pair = 'KZ-MA' AND slug = 'culture'")
    .bind(`2026-01-${String((t % 28) + 1).padStart(2, "0")}`)
    .run();
const dbVersion = async () =>
  (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version;

afterEach(() => {
  setClock();
  invalidateVersionMemo();
});

describe("version memo", () => {
  it("reuses a version for less than VERSION_MEMO_MS, then reads D1 again", async ({ expect }) => {
    setClock(() => t);
    const first = await scopeVersion(env.DB, pair);
    expect(first?.version).toBe(await dbVersion());
    t += 1;
    await bump();
    const changed = await dbVersion();
    expect(changed).toBeGreaterThan(first?.version ?? 0);
    t += VERSION_MEMO_MS - 2;
    expect((await scopeVersion(env.DB, pair))?.version).toBe(first?.version);
    t += 1;
    expect((await scopeVersion(env.DB, pair))?.version).toBe(changed);
  });

  it("shows a write at once in the isolate that wrote it, through dossierChanged", async ({ expect }) => {
    setClock(() => t);
    const before = await scopeVersion(env.DB, pair);
    await bump();
    const written = (await dbVersion()) ?? 0;
    expect(written).toBeGreaterThan(before?.version ?? 0);
    expect((await scopeVersion(env.DB, pair))?.version).toBe(before?.version);
    await dossierChanged(env, ["KZ-MA"], { warm: false });
    expect((await scopeVersion(env.DB, pair))?.version).toBe(written);
  });

  it("drops the global version when a pair is invalidated", async ({ expect }) => {
    setClock(() => t);
    const global = { kind: "global" } as const;
    const g1 = await scopeVersion(env.DB, global);
    await bump();
    expect((await scopeVersion(env.DB, global))?.version).toBe(g1?.version);
    invalidateVersionMemo("KZ-MA");
    const g2 = await scopeVersion(env.DB, global);
    expect(g2?.version).toBeGreaterThan(g1?.version ?? 0);
    expect(g2?.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("does not memoize an untracked pair", async ({ expect }) => {
    setClock(() => t);
    expect(await scopeVersion(env.DB, { kind: "pair", pair: "DE-FR" })).toBeUndefined();
    const now = "2026-11-25T00:00:00.000Z";
    await env.DB.prepare("INSERT INTO pairs (key, created_at, updated_at) VALUES ('DE-FR', ?1, ?1)").bind(now).run();
    expect((await scopeVersion(env.DB, { kind: "pair", pair: "DE-FR" }))?.version).toBeGreaterThan(0);
  });
});
