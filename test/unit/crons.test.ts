import { describe, it } from "vitest";
import { CRONS } from "../../src/jobs/crons";
// The wrangler config, read as text at build time by the test bundler.
import wranglerToml from "../../wrangler.toml?raw";

describe("cron schedules", () => {
  it("match the [triggers] of wrangler.toml exactly", ({ expect }) => {
    const line = wranglerToml.split("\n").find((l) => l.startsWith("crons ="));
    const declared = JSON.parse(line?.slice("crons =".length) ?? "[]") as string[];
    expect(declared.sort()).toEqual(Object.values(CRONS).sort());
  });
});
