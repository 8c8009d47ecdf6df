import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { get } from "../helpers/http";

const HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
const HOSTILE_OUTLET = '"><script>alert(2)</script>';
const TODAY = new Date().toISOString().slice(0, 10);

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function sha256Base64(text: string): Promise<string> {
  const buf = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...buf));
}

// A hostile feed article (markup in its title and outlet, script URLs) claimed as a source of a seeded
// event, and an event dated in the future: what the ingest pipeline could store from the outside world.
beforeAll(async () => {
  const now = "2026-01-01T00:00:00.000Z";
  const article =
    "INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, fetched_at, origin) VALUES (?1, ?2, ?3, ?4, 'en', ?5, '2024-09-27', ?6, 'feed')";
  const claim =
    "INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at) VALUES (?1, 'KZ-MA', 'event', ?2, 'mentions', ?3, 'machine', 0.5, 'unreviewed', ?4, ?4)";
  const source =
    "INSERT INTO claim_sources (claim_id, article_id, quote, language, first_seen, last_seen) VALUES (?1, ?2, ?3, 'en', ?4, ?4)";
  const event =
    "INSERT INTO events (id, pair, date, date_evidence, kind, place, titles, origin, created_at, updated_at) VALUES ('ev_test_future', 'KZ-MA', ?1, 'explicit', 'session', 'Astana', ?2, 'seed', ?3, ?3)";
  await env.DB.batch([
    env.DB.prepare(article).bind(
      "ar_test_hostile1",
      "javascript:alert(1)",
      "test:h1",
      HOSTILE_OUTLET,
      HOSTILE_TITLE,
      now,
    ),
    env.DB.prepare(article).bind(
      "ar_test_hostile2",
      "data:text/html,<script>alert(3)</script>",
      "test:h2",
      "Data outlet",
      "Data URL source",
      now,
    ),
    env.DB.prepare(claim).bind("cl_test_hostile1", "ev_kzma_20240926_visa_signing", "one", now),
    env.DB.prepare(claim).bind("cl_test_hostile2", "ev_kzma_20240926_visa_signing", "two", now),
    env.DB.prepare(source).bind("cl_test_hostile1", "ar_test_hostile1", HOSTILE_TITLE, now),
    env.DB.prepare(source).bind("cl_test_hostile2", "ar_test_hostile2", null, now),
    env.DB.prepare(event).bind(
      "2099-06-01",
      JSON.stringify({ en: "Joint commission session </title><script>alert(4)</script>" }),
      now,
    ),
  ]);
});

describe("GET /embed/{pair}: security", () => {
  it("is framable by any site under a strict CSP whose style hash matches the inline stylesheet", async ({
    expect,
  }) => {
    const res = await get("/embed/KZ-MA");
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = res.headers.get("content-security-policy") ?? "";
    const directives = csp.split("; ");
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors *",
        "base-uri 'none'",
        "form-action 'none'",
      ]),
    );
    const html = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(style.length).toBeGreaterThan(100);
    expect(directives).toContain(`style-src 'sha256-${await sha256Base64(style)}'`);
    // No inline script: every <script> has a same-origin src.
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/embed.js" defer="">']);
  });

  it("keeps strict secureHeaders (X-Frame-Options) on the rest of the app", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("escapes hostile source titles and outlets and never links javascript: or data: URLs", async ({ expect }) => {
    const html = await (await get("/embed/KZ-MA?limit=20")).text();
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("Data URL source");
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toContain("alert(3)");
    expect(html.match(/<script/g)?.length).toBe(1);
  });

  it("lists future events as upcoming milestones, escaped", async ({ expect }) => {
    const html = await (await get("/embed/KZ-MA")).text();
    const upcoming = html.slice(html.indexOf("<h2>Upcoming milestones</h2>"));
    expect(upcoming).toContain('datetime="2099-06-01"');
    expect(upcoming).toContain("Joint commission session &lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;");
    const latest = html.slice(html.indexOf("<h2>Latest events</h2>"), html.indexOf("<h2>Upcoming milestones</h2>"));
    expect(latest).not.toContain("2099-06-01");
    expect(latest).not.toContain(`datetime="${TODAY}"`);
  });

  it("stays within 20 KB gzipped with every event and source shown", async ({ expect }) => {
    for (const lang of ["en", "fr", "ar", "it", "ru"]) {
      const html = await (await get(`/embed/KZ-MA?lang=${lang}&limit=20`)).text();
      expect(await gzipSize(html), lang).toBeLessThanOrEqual(20 * 1024);
    }
  });
});
