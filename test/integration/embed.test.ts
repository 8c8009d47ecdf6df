import { describe, it } from "vitest";
import { get, readProblem } from "../helpers/http";

/** The text of the section whose heading is `heading` (up to the next section). */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  const end = html.indexOf("</section>", start);
  return start < 0 ? "" : html.slice(start, end);
}

describe("GET /embed/{pair}", () => {
  it("serves the Morocco–Kazakhstan embed as UTF-8 HTML with tracks, events, attribution and a dossier link", async ({
    expect,
  }) => {
    const res = await get("/embed/KZ-MA");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html.startsWith('<!doctype html><html lang="en" dir="ltr" data-theme="auto" data-pair="KZ-MA">')).toBe(true);
    expect(html).toContain("Kazakhstan – Morocco");
    expect(html).toContain("Visa exemption for ordinary passports");
    expect(section(html, "Tracks").match(/class="st"/g)?.length).toBe(10);
    // Five latest events by default, newest first, dated with Latin digits.
    const latest = section(html, "Latest events");
    expect(latest.match(/<time /g)?.length).toBe(5);
    expect(latest.indexOf('datetime="2025-11-24"')).toBeLessThan(latest.indexOf('datetime="2024-09-26"'));
    expect(latest).toContain(">Nov 24, 2025<");
    expect(html).toMatch(/<bdi>Bilateral<\/bdi> · \d+ sources/);
    expect(html).toContain('href="https://bilateral.test/pairs/KZ-MA"');
    expect(html).toContain('<script src="/embed.js" defer=""></script>');
    expect(html).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" class="timeline wide" direction="ltr" aria-label="Events per month: ',
    );
  });

  it("draws an accessible SVG timeline: a named bar per month, coloured by sector, a legend, milestones marked", async ({
    expect,
  }) => {
    const html = await (await get("/embed/KZ-MA")).text();
    const start = html.indexOf('<svg xmlns="http://www.w3.org/2000/svg" class="timeline wide"');
    const svg = html.slice(start, html.indexOf("</svg>", start));
    // Sep 2024 to Nov 2025: fifteen months, empty ones included.
    expect(svg.match(/<g class="bar" role="img"/g)?.length).toBe(15);
    expect(svg).toContain("<title>Mar 2025: 1 event (Mobility and consular affairs 1)</title>");
    expect(svg).toContain("<title>Nov 2024: 0 events</title>");
    expect(svg).toContain("<title>Oct 2024: 1 event (Other 1)</title>");
    expect(svg).toContain('fill="#499894"');
    expect(svg).toContain(
      'aria-label="In force from: \u2068Agreement on visa exemption for holders of ordinary passports\u2069 (Mar 19, 2025)"',
    );
    const legend = html.slice(
      html.indexOf('<ul class="legend"'),
      html.indexOf("</ul>", html.indexOf('class="legend"')),
    );
    expect(legend).toContain('aria-label="Sectors"');
    expect(legend).toContain("<bdi>Mobility and consular affairs</bdi>");
    expect(legend).toContain("<bdi>Milestone</bdi>");
    const ar = await (await get("/embed/KZ-MA?lang=ar")).text();
    expect(ar).toContain('class="timeline wide" direction="rtl" aria-label="الأحداث حسب الشهر: ');
  });

  it("writes Arabic right to left with Arabic labels and Latin-digit dates", async ({ expect }) => {
    const html = await (await get("/embed/KZ-MA?lang=ar")).text();
    expect(html).toContain('<html lang="ar" dir="rtl"');
    expect(html).toContain("المغرب");
    expect(html).toContain("<h2>آخر الأحداث</h2>");
    expect(section(html, "آخر الأحداث")).toMatch(/>24 [^<]+ 2025</);
  });

  it("localizes French, Italian and Russian", async ({ expect }) => {
    expect(await (await get("/embed/KZ-MA?lang=fr")).text()).toContain("Kazakhstan – Maroc");
    expect(await (await get("/embed/KZ-MA?lang=it")).text()).toContain("Kazakistan – Marocco");
    expect(await (await get("/embed/KZ-MA?lang=ru")).text()).toContain("Казахстан – Марокко");
  });

  it("applies theme, track filter and limit", async ({ expect }) => {
    const html = await (await get("/embed/KZ-MA?theme=dark&tracks=visa-exemption,security&limit=2")).text();
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain('<meta name="color-scheme" content="dark"/>');
    expect(section(html, "Tracks").match(/class="st"/g)?.length).toBe(2);
    const latest = section(html, "Latest events");
    expect(latest.match(/<time /g)?.length).toBe(2);
    // The UN resolution event touches no track, so a track filter leaves it out.
    expect(html).not.toContain("resolution 2756");
  });

  it("answers a conditional request with 304 and serves the second request from the cache", async ({ expect }) => {
    const first = await get("/embed/KZ-MA?lang=it&limit=3");
    const etag = first.headers.get("etag");
    // The variant is the validated query's entries, sorted, plus the day "upcoming" is measured against.
    expect(etag).toMatch(/^"KZ-MA\.v\d+\.day=\d{4}-\d{2}-\d{2}&lang=it&limit=3&theme=auto&tracks="$/);
    await first.text();
    const again = await get("/embed/KZ-MA?lang=it&limit=3");
    expect(again.headers.get("cache-status")).toMatch(/^bilateral; hit/);
    expect(again.headers.get("content-security-policy")).toContain("frame-ancestors *");
    await again.text();
    const revalidated = await get("/embed/KZ-MA?lang=it&limit=3", { headers: { "if-none-match": etag ?? "" } });
    expect(revalidated.status).toBe(304);
  });

  it("redirects a non-canonical pair with 308, keeping the query", async ({ expect }) => {
    const res = await get("/embed/MA-KZ?lang=ar&theme=dark");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/embed/KZ-MA?lang=ar&theme=dark");
    expect(res.headers.get("x-frame-options")).toBeNull();
  });

  it("answers 404 problem+json for an untracked pair", async ({ expect }) => {
    const res = await get("/embed/FR-MA");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toEqual({
      type: "https://bilateral.dev/problems/pair-not-tracked",
      title: "Pair not tracked",
      status: 404,
      detail: "Bilateral does not track FR-MA yet.",
      code: "pair-not-tracked",
      instance: "/embed/FR-MA",
    });
  });

  it("answers 400 problem+json for invalid parameters, naming each field", async ({ expect }) => {
    const cases: [string, string][] = [
      ["/embed/KZ-MA?theme=blue", "query.theme"],
      ["/embed/KZ-MA?limit=0", "query.limit"],
      ["/embed/KZ-MA?limit=21", "query.limit"],
      ["/embed/KZ-MA?lang=de", "query.lang"],
      ["/embed/KZ-MA?tracks=Visa_Exemption", "query.tracks"],
      ["/embed/KZ-MA?tracks=no-such-track", "query.tracks"],
      ["/embed/KZ-XX", "params.pair"],
    ];
    for (const [path, field] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await readProblem(res);
      // Array items carry their index (query.tracks.0): match the field as a prefix.
      expect(
        (body.errors ?? []).some((e) => e.path === field || e.path.startsWith(`${field}.`)),
        path,
      ).toBe(true);
    }
  });

  it("answers 405 for a POST", async ({ expect }) => {
    const res = await get("/embed/KZ-MA", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });
});
