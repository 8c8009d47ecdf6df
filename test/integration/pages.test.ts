import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import seed from "../../seed/dossiers/KZ-MA.json";
import { get } from "../helpers/http";
import { HOME_PAIR_LIMIT } from "../../src/routes/pages";

interface Scanned {
  html: Record<string, string | null>;
  links: Record<string, string | null>[];
  anchors: string[];
  jsonLd: string[];
  times: string[];
  svg: Record<string, string | null>[];
  landmarks: string[];
  h1: string;
}

/** Reads a page with workerd's own HTML parser (HTMLRewriter), collecting what the tests look at. */
async function scan(res: Response): Promise<Scanned> {
  const out: Scanned = { html: {}, links: [], anchors: [], jsonLd: [], times: [], svg: [], landmarks: [], h1: "" };
  const attrs = (e: Element, names: string[]) => Object.fromEntries(names.map((n) => [n, e.getAttribute(n)]));
  let script = -1;
  await new HTMLRewriter()
    .on("html", {
      element: (e) => {
        out.html = attrs(e, ["lang", "dir"]);
      },
    })
    .on("link", { element: (e) => void out.links.push(attrs(e, ["rel", "type", "href", "hreflang"])) })
    .on("a", { element: (e) => void out.anchors.push(e.getAttribute("href") ?? "") })
    .on("time", { element: (e) => void out.times.push(e.getAttribute("datetime") ?? "") })
    .on("svg", { element: (e) => void out.svg.push(attrs(e, ["role", "aria-label"])) })
    .on("header, main, footer, nav, section", { element: (e) => void out.landmarks.push(e.tagName) })
    .on("h1", {
      text: (t) => {
        out.h1 += t.text;
      },
    })
    .on('script[type="application/ld+json"]', {
      element: () => {
        script = out.jsonLd.push("") - 1;
      },
      text: (t) => {
        out.jsonLd[script] += t.text;
      },
    })
    .transform(res)
    .arrayBuffer();
  return out;
}

describe("GET /", () => {
  it("lists the tracked pairs with links to their dossiers", async ({ expect }) => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await scan(res);
    expect(page.html).toEqual({ lang: "en", dir: "ltr" });
    expect(page.anchors).toContain("/pairs/KZ-MA");
  });

  it("finds KZ-MA by a country name in French, Arabic, Russian or Italian, and nothing for another name", async ({
    expect,
  }) => {
    for (const q of ["Maroc", "المغرب", "Казахстан", "marocco", "kazakh"]) {
      const page = await scan(await get(`/?q=${encodeURIComponent(q)}`));
      expect(page.anchors, q).toContain("/pairs/KZ-MA");
    }
    const none = await scan(await get(`/?q=${encodeURIComponent("Brésil")}`));
    expect(none.anchors).not.toContain("/pairs/KZ-MA");
  });

  it("finds a country's pairs however many pairs sort before them", async ({ expect }) => {
    // More pairs than the home page lists, all sorting before the one searched for (test data, not a seed).
    const codes = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF"];
    const keys = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => `${a}-${b}`));
    const more = [
      "CA",
      "CD",
      "CF",
      "CG",
      "CH",
      "CI",
      "CL",
      "CM",
      "CN",
      "CO",
      "CR",
      "CU",
      "CV",
      "CY",
      "CZ",
      "DE",
      "DJ",
      "DK",
    ];
    keys.push(
      ...codes.flatMap((a) => more.map((b) => `${a}-${b}`)),
      ...more.flatMap((a, i) => more.slice(i + 1).map((b) => `${a}-${b}`)),
    );
    expect(keys.length).toBeGreaterThan(HOME_PAIR_LIMIT);
    await env.DB.prepare(
      "INSERT INTO pairs (key, created_at, updated_at) SELECT value, '2026-01-01', '2026-01-01' FROM json_each(?1)",
    )
      .bind(JSON.stringify([...keys, "MA-ZW"]))
      .run();
    const page = await scan(await get(`/?q=${encodeURIComponent("Zimbabwe")}`));
    expect(page.anchors).toContain("/pairs/MA-ZW");
    expect(page.anchors).not.toContain("/pairs/KZ-MA");
    // A search that may match across a key's dash still filters the listed pairs.
    expect((await scan(await get("/?q=ad-ae"))).anchors).toContain("/pairs/AD-AE");
  });

  it("keeps the language in its links", async ({ expect }) => {
    const page = await scan(await get("/?lang=ar&q=Maroc"));
    expect(page.html).toEqual({ lang: "ar", dir: "rtl" });
    expect(page.anchors).toContain("/pairs/KZ-MA?lang=ar");
  });
});

describe("GET /pairs/{pair}", () => {
  it("renders the dossier with landmarks, dates, the timeline, JSON-LD, oEmbed and Atom links", async ({ expect }) => {
    const res = await get("/pairs/KZ-MA");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await scan(res);
    expect(page.html).toEqual({ lang: "en", dir: "ltr" });
    expect(page.h1).toBe("Kazakhstan – Morocco");
    expect(page.landmarks).toEqual(expect.arrayContaining(["header", "main", "footer", "nav", "section"]));
    for (const date of ["2025-02-28", "2025-03-19", "2024-09-26", "2025-11-24", "2025-11-27"])
      expect(page.times).toContain(date);
    expect(page.svg[0]?.["aria-label"]).toMatch(new RegExp(`^Events per month: ${seed.events.length} \\(`));

    const oembed = page.links.find((l) => l.type === "application/json+oembed");
    expect(oembed?.rel).toBe("alternate");
    const oembedUrl = new URL(oembed?.href ?? "");
    expect(oembedUrl.pathname).toBe("/oembed");
    expect(oembedUrl.searchParams.get("url")).toBe("https://bilateral.test/pairs/KZ-MA");
    const atom = page.links.find((l) => l.type === "application/atom+xml");
    expect(atom?.href).toBe("https://bilateral.test/v1/pairs/KZ-MA/feed.atom");

    expect(page.jsonLd).toHaveLength(1);
    const ld = JSON.parse(page.jsonLd[0] ?? "") as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(ld["@context"]).toBe("https://schema.org");
    const dataset = ld["@graph"].find((n) => n["@type"] === "Dataset");
    expect(dataset?.url).toBe("https://bilateral.test/pairs/KZ-MA");
    const list = ld["@graph"].find((n) => n["@type"] === "ItemList") as {
      itemListElement: { item: Record<string, unknown> }[];
    };
    const interpol = list.itemListElement.find((e) => e.item.startDate === "2025-11-24")?.item;
    expect(interpol).toMatchObject({
      "@type": "Event",
      endDate: "2025-11-27",
      location: { "@type": "Place", name: "Marrakech" },
    });
    expect(list.itemListElement).toHaveLength(seed.events.length);
  });

  it("is right to left in Arabic, with Arabic content", async ({ expect }) => {
    const page = await scan(await get("/pairs/KZ-MA?lang=ar"));
    expect(page.html).toEqual({ lang: "ar", dir: "rtl" });
    expect(page.h1).toBe("كازاخستان – المغرب");
    const ld = JSON.parse(page.jsonLd[0] ?? "") as { "@graph": { inLanguage?: string }[] };
    expect(ld["@graph"][0]?.inLanguage).toBe("ar");
  });

  it("redirects a non-canonical pair with 308", async ({ expect }) => {
    const res = await get("/pairs/ma-kz?lang=fr");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/pairs/KZ-MA?lang=fr");
  });

  it("answers a friendly HTML page with the same status for an untracked or malformed pair", async ({ expect }) => {
    const cases = [
      { path: "/pairs/FR-MA", status: 404, lang: "en", dir: "ltr" },
      { path: "/pairs/FR-MA?lang=ar", status: 404, lang: "ar", dir: "rtl" },
      { path: "/pairs/XX-MA?lang=fr", status: 400, lang: "fr", dir: "ltr" },
      { path: "/pairs/KZ-MA?lang=xx", status: 400, lang: "en", dir: "ltr" },
    ];
    for (const c of cases) {
      const res = await get(c.path);
      expect(res.status, c.path).toBe(c.status);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const page = await scan(res);
      expect(page.html).toEqual({ lang: c.lang, dir: c.dir });
      expect(page.h1.length).toBeGreaterThan(0);
      expect(page.anchors.length).toBeGreaterThan(0);
    }
  });
});
