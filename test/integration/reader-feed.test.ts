import { env } from "cloudflare:workers";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, it } from "vitest";
import { invalidateVersionMemo } from "../../src/http/version-memo";
import { fictionalReport, ingestReports } from "../helpers/fictional-reports";
import { get } from "../helpers/http";

const attrParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === "entry" || name === "link",
});

interface RawEntry {
  "@_xml:lang"?: string;
  id: string;
  title: string | { "#text": string; "@_xml:lang": string };
  link: Record<string, string>[];
}

describe("GET /v1/pairs/{pair}/feed.atom (readers' feed)", () => {
  it("has one entry per event, commitment step and position, each with its own anchor link", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/feed.atom");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Bilateral: Kazakhstan – Morocco");
    const byId = new Map(feed.items.map((i) => [i.id, i]));

    const visa = byId.get("tag:bilateral.dev,2025:KZ-MA/commitment/cm_kzma_visa_exemption/in_force");
    expect(visa?.title).toMatch(/: in force since March 19, 2025$/);
    expect(visa?.url).toBe("https://bilateral.test/pairs/KZ-MA#cm_kzma_visa_exemption");

    const rabat = byId.get("tag:bilateral.dev,2025:KZ-MA/event/ev_kzma_20250228_rabat");
    expect(rabat?.url).toBe("https://bilateral.test/pairs/KZ-MA#ev_kzma_20250228_rabat");
    expect(rabat?.description).toContain("February 28, 2025 · Rabat");

    const position = byId.get("tag:bilateral.dev,2025:KZ-MA/position/po_kzma_kz_sahara_autonomy/stated");
    expect(position?.title).toContain("Kazakhstan supports the autonomy plan for the Sahara");
    expect(position?.url).toBe("https://bilateral.test/pairs/KZ-MA#po_kzma_kz_sahara_autonomy");
    expect(feed.items.some((i) => /\b(cl|ar)_[0-9a-f]/.test(i.title ?? ""))).toBe(false);

    // Every alternate link is an anchor that exists on the dossier page.
    const page = await (await get("/pairs/KZ-MA")).text();
    for (const item of feed.items) {
      const anchor = (item.url ?? "").split("#")[1] ?? "";
      expect(page, anchor).toContain(`id="${anchor}"`);
    }
  });

  it("marks entries in another language with xml:lang and keeps ids across languages", async ({ expect }) => {
    const en = attrParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom")).text()).feed.entry as RawEntry[];
    const fr = attrParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom?lang=fr")).text()).feed.entry as RawEntry[];
    expect(fr.map((e) => e.id).sort()).toEqual(en.map((e) => e.id).sort());
    const frVisa = fr.find((e) => e.id.endsWith("/commitment/cm_kzma_visa_exemption/in_force"));
    expect(frVisa?.title).toMatch(/en vigueur depuis le 19 mars 2025$/);
    expect(en.every((e) => e["@_xml:lang"] === undefined)).toBe(true); // the seed speaks every UI language

    // A report kept only in Arabic: its event's title is Arabic on the English feed, and says so.
    await env.DB.prepare(
      `INSERT INTO events (id, pair, date, date_evidence, kind, place, titles, origin, created_at, updated_at)
       VALUES ('ev_test_ar', 'KZ-MA', '2026-05-02', 'explicit', 'meeting', NULL, ?1, 'machine', ?2, ?2)`,
    )
      .bind(
        JSON.stringify({ en: "مباحثات مغربية كازاخستانية", ar: "مباحثات مغربية كازاخستانية" }),
        "2030-01-01T00:00:00Z",
      )
      .run();
    await env.DB.prepare(
      "INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES ('KZ-MA', 'event', 'ev_test_ar', 'added', ?1)",
    )
      .bind("2030-01-01T00:00:00Z")
      .run();
    invalidateVersionMemo("KZ-MA"); // as the writing isolate does after its own writes
    const after = attrParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom")).text()).feed.entry as RawEntry[];
    expect(after[0]?.id).toBe("tag:bilateral.dev,2025:KZ-MA/event/ev_test_ar");
    // The title is the report's Arabic; the summary (date, outlets) is the feed's English: the mark goes on the title.
    expect(after[0]?.title).toEqual({ "#text": "مباحثات مغربية كازاخستانية", "@_xml:lang": "ar" });
    const arFeed = attrParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom?lang=ar")).text()).feed
      .entry as RawEntry[];
    expect(arFeed[0]?.title).toBe("مباحثات مغربية كازاخستانية");
  });

  it("shows the events of the 10 latest reports on its first page, each with its own link", async ({ expect }) => {
    const reports = Array.from({ length: 10 }, (_, i) => fictionalReport(i));
    const created = await ingestReports(reports);
    const feed = parseFeed(await (await get("/v1/pairs/KZ-MA/feed.atom")).text());
    const links = new Set<string>();
    for (const [i, ids] of created.entries()) {
      expect(ids, `report ${i + 1}`).toHaveLength(1);
      const item = feed.items.find((it) => it.id === `tag:bilateral.dev,2025:KZ-MA/event/${ids[0]}`);
      expect(item, `report ${i + 1}`).toBeDefined();
      expect(item?.url).toBe(`https://bilateral.test/pairs/KZ-MA#${ids[0]}`);
      expect(item?.title).toBe(reports[i]?.title);
      links.add(item?.url ?? "");
    }
    expect(links.size).toBe(10);
    // Each event's entry carries its report's link.
    const raw = attrParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom")).text()).feed.entry as RawEntry[];
    for (const [i, ids] of created.entries()) {
      const entry = raw.find((e) => e.id.endsWith(`/event/${ids[0]}`));
      expect(entry?.link.map((l) => l["@_href"])).toContain(reports[i]?.url);
    }
  }, 60_000);
});
