import { env } from "cloudflare:workers";
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { beforeAll, describe, it } from "vitest";
import { get } from "../helpers/http";

const HOSTILE_TITLE = `Talks </script><script>alert(1)</script> & "quotes" <b>`;
const NOW = "2025-03-01T00:00:00.000Z";

// Machine-coded, unreviewed data with a hostile title and a javascript: URL, as a feed could bring.
beforeAll(async () => {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO events (id, pair, date, end_date, date_evidence, kind, place, titles, origin, created_at, updated_at)
       VALUES ('ev_test_hostile', 'KZ-MA', '2025-03-01', NULL, 'published', 'meeting', 'Astana; Almaty, KZ', ?1, 'machine', ?2, ?2)`,
    ).bind(JSON.stringify({ en: HOSTILE_TITLE }), NOW),
    env.DB.prepare(
      `INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, fetched_at, origin)
       VALUES ('ar_test_js', 'javascript:alert(1)', 'h_test_js', 'Outlet <i>x</i>', 'fr', 'Titre', '2025-03-01', ?1, 'feed'),
              ('ar_test_ok', 'https://news.example/a?x=1&y=2', 'h_test_ok', 'Good outlet', 'en', 'Title', '2025-03-01', ?1, 'feed')`,
    ).bind(NOW),
    env.DB.prepare(
      `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
       VALUES ('cl_test_hostile', 'KZ-MA', 'event', 'ev_test_hostile', 'date', '2025-03-01', 'machine', 0.6, 'unreviewed', ?1, ?1)`,
    ).bind(NOW),
    env.DB.prepare(
      `INSERT INTO claim_sources (claim_id, article_id, quote, language, first_seen, last_seen)
       VALUES ('cl_test_hostile', 'ar_test_js', 'a "quoted", span', 'fr', ?1, ?1), ('cl_test_hostile', 'ar_test_ok', NULL, 'en', ?1, ?1)`,
    ).bind(NOW),
  ]);
});

describe("hostile and machine-coded data", () => {
  it("never links a javascript: URL, marks machine-coded claims, and keeps JSON-LD intact", async ({ expect }) => {
    const hrefs: string[] = [];
    let ld = "";
    let machineMarks = 0;
    let scripts = 0;
    await new HTMLRewriter()
      .on("a", { element: (e) => void hrefs.push(e.getAttribute("href") ?? "") })
      .on("script", { element: () => void scripts++ })
      .on(".machine", { element: () => void machineMarks++ })
      .on('script[type="application/ld+json"]', {
        text: (t) => {
          ld += t.text;
        },
      })
      .transform(await get("/pairs/KZ-MA"))
      .arrayBuffer();
    expect(hrefs.some((h) => h.toLowerCase().startsWith("javascript:"))).toBe(false);
    expect(hrefs).toContain("https://news.example/a?x=1&amp;y=2"); // HTMLRewriter shows attributes as written
    expect(machineMarks).toBeGreaterThanOrEqual(2); // the event and its unreviewed sources
    expect(scripts).toBe(1); // the hostile title did not open a script element
    const graph = (JSON.parse(ld) as { "@graph": { itemListElement?: { item: { name: string } }[] }[] })["@graph"];
    expect(graph[1]?.itemListElement?.some((e) => e.item.name === HOSTILE_TITLE)).toBe(true);
  });

  it("escapes the same data in Atom, iCalendar and CSV", async ({ expect }) => {
    const atom = await (await get("/v1/pairs/KZ-MA/feed.atom")).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    const titles = (
      new XMLParser({ isArray: (n) => n === "entry" }).parse(atom) as { feed: { entry: { title: string }[] } }
    ).feed.entry.map((e) => e.title);
    expect(titles.some((t) => t.startsWith(HOSTILE_TITLE))).toBe(true);

    const cal = new ICAL.Component(ICAL.parse(await (await get("/v1/pairs/KZ-MA/calendar.ics")).text()));
    const ev = cal
      .getAllSubcomponents("vevent")
      .find((v) => v.getFirstPropertyValue("uid") === "ev_test_hostile@bilateral.dev");
    expect(ev?.getFirstPropertyValue("summary")).toBe(HOSTILE_TITLE);
    expect(ev?.getFirstPropertyValue("location")).toBe("Astana; Almaty, KZ");
    expect(String(ev?.getFirstPropertyValue("description"))).toContain("machine-coded");

    const rows = parse(await (await get("/v1/pairs/KZ-MA/export.csv")).text(), { columns: true }) as Record<
      string,
      string
    >[];
    const row = rows.find((r) => r.claim_id === "cl_test_hostile");
    expect(row).toMatchObject({ origin: "machine", review: "unreviewed", confidence: "0.6", source_count: "2" });
    const sources = JSON.parse(row?.sources_json ?? "[]") as {
      articleId: string;
      quote: string | null;
      url: string | null;
    }[];
    expect(sources.find((s) => s.articleId === "ar_test_js")).toMatchObject({
      quote: 'a "quoted", span',
      url: "javascript:alert(1)",
    });
  });
});
