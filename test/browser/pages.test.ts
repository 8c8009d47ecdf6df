/**
 * The human pages in Chromium: /docs with every other origin blocked, and the dossier page in English and
 * Arabic at desktop and phone widths, with screenshots in test-artifacts/ to look at.
 */
import { mkdirSync, statSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { fictionalReportIn } from "../helpers/fictional-report";
import { launchChromium } from "./chromium";

const workerOrigin = inject("workerOrigin");
let browser: Browser;

// Older reports (2023, before every seeded event, so the embeds' latest events stay the seed's): months with
// one to four meetings, so the timeline has bars of several heights.
const MONTH_OF = [0, 0, 0, 1, 2, 2, 4, 4, 4, 4, 6, 7];

beforeAll(async () => {
  browser = await launchChromium();
  for (const [i, offset] of MONTH_OF.entries()) {
    const report = fictionalReportIn(i, `2023-0${offset + 1}`);
    const res = await fetch(`${workerOrigin}/v1/admin/articles`, {
      method: "POST",
      headers: { authorization: "Bearer browser-test-token", "content-type": "application/json" },
      body: JSON.stringify(report.body),
    });
    if (res.status !== 201 && res.status !== 200) throw new Error(`ingest ${i}: ${res.status} ${await res.text()}`);
  }
}, 120_000);

afterAll(async () => {
  await browser.close();
});

/** Opens a page on the worker in a fresh context; `offline` aborts every request to another origin. */
async function open(path: string, width: number, offline = false) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const blocked: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(err.message));
  if (offline) {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === workerOrigin) return route.continue();
      blocked.push(url);
      return route.abort("internetdisconnected");
    });
  }
  const res = await page.goto(`${workerOrigin}${path}`, { waitUntil: "load" });
  return { page, res, consoleErrors, blocked, close: () => context.close() };
}

describe("/docs with no network but our own origin (Chromium)", () => {
  it("renders every operation, with a lang attribute and no console error", async ({ expect }) => {
    const s = await open("/docs", 1280, true);
    try {
      expect(s.res?.status()).toBe(200);
      expect(await s.page.getAttribute("html", "lang")).toBe("en");
      expect(await s.page.locator("h1").textContent()).toBe("Bilateral API reference");
      const operations = await s.page.locator("main li code").allTextContents();
      const spec = (await (await fetch(`${workerOrigin}/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = Object.values(spec.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
      expect(operations.length).toBe(documented);
      expect(operations).toContain("GET /v1/pairs/:pair");
      expect(await s.page.locator("main li code").first().isVisible()).toBe(true);
      expect(s.blocked).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

/** What a reader would find broken: a page wider than the screen, or timeline text too small to read. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const svg = Array.from(document.querySelectorAll<SVGSVGElement>("svg.timeline")).find(
      (s) => s.getClientRects().length > 0,
    );
    const box = svg?.getBoundingClientRect();
    const scale = svg && box ? box.width / Number(svg.getAttribute("width")) : 0;
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      variant: svg?.classList.contains("wide") ? "wide" : svg?.classList.contains("narrow") ? "narrow" : "",
      // The rendered size of the 11-unit period labels.
      labelPx: 11 * scale,
      right: box ? box.right : 0,
    };
  });
}

describe("the dossier page in Chromium", () => {
  it("fits desktop and phone widths in English and Arabic, and writes screenshots", async ({ expect }) => {
    mkdirSync("test-artifacts", { recursive: true });
    for (const lang of ["en", "ar"]) {
      for (const width of [1280, 390]) {
        const s = await open(`/pairs/KZ-MA?lang=${lang}`, width);
        try {
          const where = `${lang} ${width}`;
          const l = await layout(s.page);
          expect(l.overflow, where).toBeLessThanOrEqual(0);
          expect(l.variant, where).toBe(width > 600 ? "wide" : "narrow");
          expect(l.labelPx, where).toBeGreaterThanOrEqual(10);
          expect(l.right, where).toBeLessThanOrEqual(width);
          expect(await s.page.locator("ul.legend li").count(), where).toBeGreaterThan(2);
          const path = `test-artifacts/dossier-${lang}-${width}.png`;
          await s.page.screenshot({ path, fullPage: true });
          await s.page.screenshot({ path: `test-artifacts/dossier-${lang}-${width}-top.png` });
          await s.page
            .locator("#h-timeline")
            .locator("..")
            .screenshot({ path: `test-artifacts/timeline-${lang}-${width}.png` });
          expect(statSync(path).size, where).toBeGreaterThan(10_000);
          expect(s.consoleErrors, where).toEqual([]);
        } finally {
          await s.close();
        }
      }
    }
  });
});
