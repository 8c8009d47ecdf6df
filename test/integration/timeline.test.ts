import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { readNewerPageKey } from "../../src/store/event-pages";
import { textWidth } from "../../src/widgets/timeline-labels";
import { fictionalReportIn, ingestReports } from "../helpers/fictional-reports";
import { get } from "../helpers/http";
import { type ScannedTimeline, scanTimelines } from "../helpers/timeline-scan";

// 25 fictional reports, three a month from January 2026 (the last alone in September): newer than every seeded
// event, so the dossier's 20-event page holds none of the seed's 2024 and 2025 events.
const REPORTS = Array.from({ length: 25 }, (_, i) => fictionalReportIn(i, `2026-0${Math.floor(i / 3) + 1}`));
const SEEDED = 5;
/** Events per month: the seed's five, then the reports' (September 2024 to September 2026, 25 months). */
const MONTHLY: Record<string, number> = {
  "2024-09": 1,
  "2024-10": 1,
  "2025-02": 1,
  "2025-03": 1,
  "2025-11": 1,
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`2026-0${i + 1}`, 3])),
  "2026-09": 1,
};

beforeAll(async () => {
  await ingestReports(REPORTS);
}, 180_000);

const pages = ["/pairs/KZ-MA", "/pairs/KZ-MA?lang=ar", "/embed/KZ-MA", "/embed/KZ-MA?lang=ar"];

async function timelines(path: string): Promise<ScannedTimeline[]> {
  const res = await get(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  return scanTimelines(await res.text());
}

describe("the timeline of the whole relationship", () => {
  it("still marks the 2024 signature and the 2025 entry into force after 25 newer events", async ({ expect }) => {
    for (const path of pages) {
      const drawn = await timelines(path);
      expect(drawn.map((t) => t.variant).sort(), path).toEqual(["narrow", "wide"]);
      for (const t of drawn) {
        const at = (date: string) => t.milestones.find((m) => m.dates.includes(date));
        for (const date of ["2024-09-26", "2025-03-19"]) {
          expect(at(date), `${path} ${t.variant} ${date}`).toBeDefined();
          expect(at(date)?.title, `${path} ${date}`).not.toBe("");
          expect(at(date)?.label, `${path} ${date}`).toBe(at(date)?.title.replaceAll("\n", "; "));
        }
        if (!path.includes("lang=ar")) {
          // Each title sits inside FSI…PDI: text of unknown direction, isolated within the tooltip.
          expect(at("2024-09-26")?.title).toContain("Signed: \u2068Agreement on visa exemption");
          expect(at("2025-03-19")?.title).toContain("In force from: \u2068Agreement on visa exemption");
          // The UN resolution is a milestone event on no commitment's day: it keeps its own mark.
          expect(at("2024-10-31")?.title).toContain(
            "Milestone: \u2068UN Security Council adopts resolution 2756 on the Sahara\u2069",
          );
        }
      }
    }
  });

  it("lists the latest milestones as text under the page's drawing, for readers without a pointer", async ({
    expect,
  }) => {
    const html = await (await get("/pairs/KZ-MA")).text();
    const list = html.slice(html.indexOf('<ol class="milestones">'), html.indexOf("</ol>", html.indexOf("milestones")));
    expect(list).toContain('<time datetime="2024-10-31" dir="auto">Oct 31, 2024</time>');
    expect(list).toContain("Signed: <bdi>Joint Statement setting a multi-area roadmap</bdi>");
    expect(list).toContain("In force from: <bdi>Agreement on visa exemption for holders of ordinary passports</bdi>");
  });

  it("counts every event, and draws each bar as tall as its count", async ({ expect }) => {
    for (const path of pages) {
      for (const t of await timelines(path)) {
        const where = `${path} ${t.variant}`;
        // Months, or quarters where the drawing is too narrow for 25 months (the phone-sized embed).
        expect(t.granularity, where).toBe(t.variant === "wide" ? "month" : t.granularity);
        const fold = (month: string) =>
          t.granularity === "month" ? month : `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
        const expected = new Map<string, number>();
        for (const [month, n] of Object.entries(MONTHLY))
          expected.set(fold(month), (expected.get(fold(month)) ?? 0) + n);
        expect(t.bars.length, where).toBe(t.granularity === "month" ? 25 : 9);
        for (const bar of t.bars) expect(bar.count, `${where} ${bar.period}`).toBe(expected.get(bar.period) ?? 0);
        expect(
          t.bars.reduce((n, b) => n + b.count, 0),
          where,
        ).toBe(SEEDED + REPORTS.length);
        const perEvent: number[] = [];
        for (const bar of t.bars) {
          expect(
            bar.segments.reduce((n, s) => n + s.n, 0),
            `${where} ${bar.period}`,
          ).toBe(bar.count);
          for (const s of bar.segments) perEvent.push(s.height / s.n);
        }
        // One height per event, everywhere (rounded to a tenth of a pixel per segment).
        const [lo, hi] = [Math.min(...perEvent), Math.max(...perEvent)];
        expect(hi - lo, where).toBeLessThan(0.11);
      }
    }
  });

  it("draws period labels that never overlap, left to right and right to left", async ({ expect }) => {
    for (const path of pages) {
      for (const t of await timelines(path)) {
        const spans = t.labels
          .map((l) => [l.x - textWidth(l.text, 11) / 2, l.x + textWidth(l.text, 11) / 2] as const)
          .sort((a, b) => a[0] - b[0]);
        expect(spans.length, `${path} ${t.variant}`).toBeGreaterThan(1);
        for (const [i, s] of spans.entries()) {
          expect(s[0], `${path} ${t.variant}`).toBeGreaterThanOrEqual(0);
          expect(s[1], `${path} ${t.variant}`).toBeLessThanOrEqual(t.width);
          const next = spans[i + 1];
          if (next) expect(next[0] - s[1], `${path} ${t.variant}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("keeps the embed within its 20 KB gzipped budget with both drawings and the legend", async ({ expect }) => {
    for (const lang of ["en", "ar", "ru"]) {
      const html = await (await get(`/embed/KZ-MA?lang=${lang}&limit=20`)).text();
      const gz = new Blob([html]).stream().pipeThrough(new CompressionStream("gzip"));
      expect((await new Response(gz).arrayBuffer()).byteLength, lang).toBeLessThanOrEqual(20 * 1024);
    }
  });

  it("keeps only the kept tracks' events and commitments in a filtered embed", async ({ expect }) => {
    const [wide] = await timelines("/embed/KZ-MA?tracks=visa-exemption");
    // The signing, the Rabat visit and the entry into force touch the visa track; the reports do not.
    expect(wide?.bars.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(wide?.milestones.flatMap((m) => m.dates)).toEqual(["2024-09-26", "2025-03-19"]);
  });
});

describe("older events on the dossier page", () => {
  /** The event anchors of a dossier page's events section and its rel=prev/next links. */
  async function eventsPage(path: string) {
    const html = await (await get(path)).text();
    const section = html.slice(html.indexOf('<h2 id="h-events">'), html.indexOf('<h2 id="h-positions">'));
    const ids = [...section.matchAll(/<li id="(ev_[^"]+)"/g)].map((m) => m[1]);
    const rel = (name: string) => section.match(new RegExp(`<a rel="${name}" href="([^"]+)"`))?.[1];
    const head = (name: string) => html.match(new RegExp(`<link rel="${name}" href="([^"]+)"`))?.[1];
    return { ids, prev: rel("prev"), next: rel("next"), headPrev: head("prev"), headNext: head("next"), html };
  }

  it("pages through every event with rel=next and back with rel=prev, in the page's language", async ({ expect }) => {
    const all = (await (await get("/v1/pairs/KZ-MA/events?limit=100")).json()) as { events: { id: string }[] };
    expect(all.events).toHaveLength(SEEDED + REPORTS.length);
    const first = await eventsPage("/pairs/KZ-MA?lang=fr");
    expect(first.ids).toHaveLength(20);
    expect(first.prev).toBeUndefined();
    expect(first.next).toMatch(/^\/pairs\/KZ-MA\?lang=fr&amp;cursor=[\w-]+#h-events$/);
    expect(first.headNext).toBe(first.next);
    expect(first.html).toContain('<nav class="pager" aria-label="Pages d&#39;événements">');
    const second = await eventsPage((first.next ?? "").replaceAll("&amp;", "&").replace(/#.*/, ""));
    expect(second.ids).toHaveLength(10);
    expect(second.next).toBeUndefined();
    expect(second.prev).toBe("/pairs/KZ-MA?lang=fr#h-events");
    expect(second.headPrev).toBe(second.prev);
    expect([...first.ids, ...second.ids]).toEqual(all.events.map((e) => e.id));
    // The timeline does not move with the page: it draws the whole relationship on every page.
    expect((await scanTimelines(second.html))[0]?.bars.reduce((n, b) => n + b.count, 0)).toBe(30);
  });

  it("finds the cursor of the newer page at any depth, and none before the first page", async ({ expect }) => {
    const all = (await (await get("/v1/pairs/KZ-MA/events?limit=100")).json()) as {
      events: { id: string; date: string }[];
    };
    const key = (i: number) => ({ date: all.events[i]?.date ?? "", id: all.events[i]?.id ?? "" });
    // Pages of 10 after event 25 (0-based 24) start at event 26; the newer page is events 16–25, after event 15.
    expect(await readNewerPageKey(env.DB, "KZ-MA", key(24), 10)).toEqual(key(14));
    expect(await readNewerPageKey(env.DB, "KZ-MA", key(10), 10)).toEqual(key(0));
    expect(await readNewerPageKey(env.DB, "KZ-MA", key(9), 10)).toBeNull();
  });

  it("answers a cursor it did not issue with a 400 page", async ({ expect }) => {
    const res = await get("/pairs/KZ-MA?cursor=bm90LW91cnM");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});
