import { mkdirSync, statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launchChromium } from "./chromium";
import { HOSTILE_TITLE } from "./hostile-fixture";
import { embedFrame, openHost, resizes } from "./host-session";

const workerOrigin = inject("workerOrigin");
const hostOrigin = inject("hostOrigin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

describe("embeds in a third-party page (Chromium)", () => {
  it("renders the dossier in the web component (script included twice) and in a plain iframe", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "en");
    try {
      for (const id of ["wc", "wc2", "plain"] as const) {
        const frame = await embedFrame(s.page, id);
        expect(new URL(frame.url()).origin, id).toBe(workerOrigin);
        expect(new URL(frame.url()).pathname, id).toBe("/embed/KZ-MA");
        expect(await frame.locator("h1").textContent(), id).toBe("Kazakhstan – Morocco");
        expect(await frame.locator("svg.timeline rect").count(), id).toBeGreaterThan(0);
      }
      // The second element asked for two events; the first shows the default five.
      expect(await (await embedFrame(s.page, "wc2")).locator("section:nth-of-type(2) > ul > li").count()).toBe(2);
      expect(await (await embedFrame(s.page, "wc")).locator("section:nth-of-type(2) > ul > li").count()).toBe(5);
      expect(await s.page.locator('script[src$="/widget.js"]').count()).toBe(2);
      // The host's link stays in the light DOM as the no-JS fallback, hidden by the shadow root.
      expect(await s.page.locator("#fallback").getAttribute("href")).toBe(`${workerOrigin}/pairs/KZ-MA`);
      expect(await s.page.locator("#fallback").isVisible()).toBe(false);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("resizes each iframe from its initial height to the height its embed posts", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "fr");
    try {
      const initial = { wc: 420, wc2: 420, plain: 150 };
      for (const id of ["wc", "wc2", "plain"] as const) {
        const selector = id === "plain" ? "#plain" : `#${id} iframe`;
        await expect
          .poll(
            async () => {
              const posted = (await resizes(s.page)).filter((r) => r.from === id).at(-1)?.height;
              const box = await s.page.locator(selector).boundingBox();
              return posted !== undefined && box !== null && Math.round(box.height) === posted;
            },
            { timeout: 15_000 },
          )
          .toBe(true);
        const posted = (await resizes(s.page)).filter((r) => r.from === id);
        expect(
          posted.every((r) => r.pair === "KZ-MA"),
          id,
        ).toBe(true);
        const last = posted.at(-1)?.height ?? 0;
        expect(last, id).not.toBe(initial[id]);
        // The posted height is the embed's whole document: nothing is cut off, nothing left blank.
        const frame = await embedFrame(s.page, id);
        const docHeight = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        expect(last, id).toBe(docHeight);
      }
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("ignores resize messages that do not come from the element's own iframe", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "en");
    try {
      const before = await s.page.locator("#wc iframe").boundingBox();
      // A spoof from the host page itself (wrong origin and wrong source window)...
      await s.page.evaluate(() => window.postMessage({ type: "bilateral:resize", pair: "KZ-MA", height: 7 }, "*"));
      // ...and one from the plain iframe (right origin, wrong source window).
      const plain = await embedFrame(s.page, "plain");
      await plain.evaluate(() =>
        window.parent.postMessage({ type: "bilateral:resize", pair: "KZ-MA", height: 9 }, "*"),
      );
      await expect.poll(async () => (await resizes(s.page)).some((r) => r.height === 9)).toBe(true);
      const after = await s.page.locator("#wc iframe").boundingBox();
      expect(after?.height).toBe(before?.height);
      expect(after?.height).toBeGreaterThan(100);
    } finally {
      await s.close();
    }
  });

  it("writes Arabic right to left inside the frame", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "ar");
    try {
      for (const id of ["wc", "plain"] as const) {
        const frame = await embedFrame(s.page, id);
        const dir = await frame.evaluate(() => ({
          attr: document.documentElement.getAttribute("dir"),
          lang: document.documentElement.lang,
          computed: getComputedStyle(document.body).direction,
          heading: document.querySelector("h1")?.textContent ?? "",
        }));
        expect(dir, id).toEqual({ attr: "rtl", lang: "ar", computed: "rtl", heading: "كازاخستان – المغرب" });
      }
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("sends no request outside the worker's and the host page's origins", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "it");
    try {
      expect(s.requests.length).toBeGreaterThan(4);
      const origins = new Set(s.requests.map((u) => new URL(u).origin));
      expect([...origins].sort()).toEqual([hostOrigin, workerOrigin].sort());
      expect(s.requests).toContain(`${workerOrigin}/embed.js`);
    } finally {
      await s.close();
    }
  });

  it("shows a hostile source title as text and executes nothing", async ({ expect }) => {
    const s = await openHost(browser, hostOrigin, "en");
    try {
      for (const id of ["wc", "plain"] as const) {
        const frame = await embedFrame(s.page, id);
        expect(await frame.locator("img").count(), id).toBe(0);
        expect(await frame.locator("[onerror], [onload]").count(), id).toBe(0);
        const texts = await frame.locator(".src li").allTextContents();
        expect(
          texts.some((t) => t.includes(HOSTILE_TITLE)),
          id,
        ).toBe(true);
        // Its javascript: URL did not become a link.
        expect(await frame.locator('a[href^="javascript:"]').count(), id).toBe(0);
      }
      // Give a would-be handler time to fire before concluding nothing ran.
      await s.page.waitForTimeout(500);
      expect(s.dialogs).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("writes a screenshot per language to test-artifacts/", async ({ expect }) => {
    mkdirSync("test-artifacts", { recursive: true });
    for (const lang of ["en", "fr", "ar", "it", "ru"]) {
      const s = await openHost(browser, hostOrigin, lang);
      try {
        const path = `test-artifacts/embed-${lang}.png`;
        await s.page.locator("#wc").screenshot({ path });
        expect(statSync(path).size, lang).toBeGreaterThan(5000);
        expect(s.consoleErrors, lang).toEqual([]);
      } finally {
        await s.close();
      }
    }
  });
});
