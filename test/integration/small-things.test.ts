import { parse } from "csv-parse/sync";
import { describe, it } from "vitest";
import { calendarEntries } from "../../src/formats/milestones";
import { get, readProblem } from "../helpers/http";

describe("favicon", () => {
  it("serves a 16×16 ICO at /favicon.ico", async ({ expect }) => {
    const res = await get("/favicon.ico");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    const bytes = new DataView(await res.arrayBuffer());
    expect([bytes.getUint16(0, true), bytes.getUint16(2, true), bytes.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([bytes.getUint8(6), bytes.getUint8(7)]).toEqual([16, 16]);
    expect(bytes.getUint32(14, true) + bytes.getUint32(18, true)).toBe(bytes.byteLength);
  });
});

describe("export.csv?bom=1", () => {
  it("prefixes the same CSV with a UTF-8 byte-order mark, and only when asked", async ({ expect }) => {
    const plain = new Uint8Array(await (await get("/v1/pairs/KZ-MA/export.csv")).arrayBuffer());
    const res = await get("/v1/pairs/KZ-MA/export.csv?bom=1");
    expect(res.status).toBe(200);
    const withBom = new Uint8Array(await res.arrayBuffer());
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain[0]).not.toBe(0xef);
    expect(withBom.subarray(3)).toEqual(plain);
    const rows = parse(new TextDecoder().decode(withBom.subarray(3)), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})[0]).toBe("claim_id");
  });

  it("answers 400 problem+json to a bom other than 0 or 1", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/export.csv?bom=yes");
    expect(res.status).toBe(400);
    expect(await readProblem(res)).toMatchObject({
      code: "validation-failed",
      errors: [{ path: "query.bom", message: "Expected 1 (with a UTF-8 byte-order mark) or 0." }],
    });
  });
});

describe("304 responses", () => {
  it("carry Vary: Accept-Encoding like the 200 they stand for", async ({ expect }) => {
    const first = await get("/v1/pairs/KZ-MA");
    const etag = first.headers.get("etag") ?? "";
    expect(first.headers.get("vary")).toContain("Accept-Encoding");
    const again = await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("vary")).toContain("Accept-Encoding");
  });
});

describe("the dossier page's lifecycle dates", () => {
  it("separates the signature date from the entry into force", async ({ expect }) => {
    const html = await (await get("/pairs/KZ-MA")).text();
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).toMatch(/Signed: [^·<]+ · In force from: /);
  });
});

describe("calendarEntries", () => {
  const event = (id: string, date: string, tracks: string[]) => ({
    id,
    date,
    end_date: null,
    kind: "signing",
    place: "Rabat",
    titles: JSON.stringify({ en: `Event ${id}` }),
    origin: "seed" as const,
    updated_at: "2025-01-01T00:00:00Z",
    tracks: JSON.stringify(tracks),
  });
  const commitment = {
    id: "cm_x",
    track: "visa-exemption",
    titles: JSON.stringify({ en: "Visa exemption" }),
    signed_on: "2025-01-10",
    effective_on: "2025-02-01",
    origin: "seed" as const,
    updated_at: "2025-01-20T00:00:00Z",
  };

  it("merges a step into an event of its track on the same day, and keeps other steps apart", ({ expect }) => {
    const entries = calendarEntries(
      {
        events: [event("ev_a", "2025-01-10", ["visa-exemption"]), event("ev_b", "2025-02-01", ["culture"])],
        commitments: [commitment],
      },
      "en",
      "https://bilateral.test/pairs/KZ-MA",
    );
    expect(entries.map((e) => e.uid)).toEqual([
      "ev_a@bilateral.dev",
      "cm_x-in-force@bilateral.dev",
      "ev_b@bilateral.dev",
    ]);
    expect(entries[0]).toMatchObject({ summary: "Event ev_a", stamp: "2025-01-20T00:00:00Z" });
    expect(entries[0]?.description).toContain("Signed: Visa exemption");
  });
});
