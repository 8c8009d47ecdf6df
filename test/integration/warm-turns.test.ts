import { env } from "cloudflare:workers";
import { it } from "vitest";
import { memoryClear } from "../../src/http/memory-cache";
import { warmPair, warmPaths } from "../../src/jobs/warm";
import { ORIGIN } from "../helpers/http";

// Warming renders a pair's representations one after another in the isolate that serves public reads. Its D1
// and cache calls stay inside the runtime, so without an explicit turn between representations a reader waiting
// on the network is not served until every one is rendered (the bench's reads-during-a-poll scenario).
it("gives the event loop a turn between the representations it renders", async ({ expect }) => {
  memoryClear();
  let warming = true;
  let turns = 0;
  const ticker = (async () => {
    while (warming) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      turns++;
    }
  })();
  const results = await warmPair(env, ORIGIN, "KZ-MA");
  warming = false;
  await ticker;
  expect(results.map((r) => r.status)).toEqual(warmPaths("KZ-MA").map(() => 200));
  expect(turns).toBeGreaterThanOrEqual(warmPaths("KZ-MA").length - 1);
});
