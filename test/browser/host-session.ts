/** Opens the host page in a fresh browser context and records what the page does (requests, errors, dialogs). */
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";

/** One opened host page and its recordings. */
export interface HostSession {
  context: BrowserContext;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

/** A resize message as the host page recorded it. */
export interface Resize {
  from: string;
  pair: string;
  height: number;
}

/** Opens `hostOrigin/?lang=` and waits until all three embeds have posted their height. */
export async function openHost(browser: Browser, hostOrigin: string, lang: string): Promise<HostSession> {
  // A tall viewport: every lazy iframe is in view, whatever the heights of those above it.
  const context = await browser.newContext({ viewport: { width: 900, height: 4000 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(err.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${hostOrigin}/?lang=${lang}`, { waitUntil: "load" });
  await page.waitForFunction(() => {
    const seen = new Set((window as unknown as { resizes: Resize[] }).resizes.map((r) => r.from));
    return seen.has("wc") && seen.has("wc2") && seen.has("plain");
  });
  return { context, page, requests, consoleErrors, dialogs, close: () => context.close() };
}

/** The resize messages the host page received. */
export function resizes(page: Page): Promise<Resize[]> {
  return page.evaluate(() => (window as unknown as { resizes: Resize[] }).resizes);
}

/** The frame of an embed: the web component's iframe (in its shadow root) or the plain iframe. */
export async function embedFrame(page: Page, id: "wc" | "wc2" | "plain"): Promise<Frame> {
  const selector = id === "plain" ? "#plain" : `#${id} iframe`;
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${id}`);
  await frame.waitForLoadState("load");
  return frame;
}
