/** globalSetup of the browser project: the real worker under wrangler dev, and the host page server. */
import type { TestProject } from "vitest/node";
import { requireChromium } from "./chromium";
import { startHost } from "./host-server";
import { startWorker } from "./worker-server";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before the slow start when the browser is missing.
  requireChromium();
  const worker = await startWorker();
  const host = await startHost(worker.origin).catch(async (err: unknown) => {
    await worker.stop();
    throw err;
  });
  project.provide("workerOrigin", worker.origin);
  project.provide("hostOrigin", host.origin);
  return async function teardown() {
    await host.stop();
    await worker.stop();
  };
}
