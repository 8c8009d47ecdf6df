/** Launching Debian's Chromium with playwright-core (no browser download). */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Fails loudly, with the fix, when the browser is not installed: these tests never skip. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`,
    );
  }
}

/** Launches headless Chromium (after checking it is installed). */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
