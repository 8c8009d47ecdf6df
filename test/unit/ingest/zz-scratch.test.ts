import { it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
const F = import.meta.glob<Record<string, unknown>>("../../../quality/fixtures/*.json", {
  eager: true,
  import: "default",
});
it("prints", async () => {
  for (const [n, f] of Object.entries(F)) {
    const { expect: _e, ...input } = f as { expect: unknown };
    const a = await analyze(input as never);
    console.log(
      n.replace(/.*\//, ""),
      a.place,
      a.eventDate?.date,
      JSON.stringify(a.eventTitles),
      a.sectors.map((s) => `${s.slug}:${s.score}`).join(" "),
    );
  }
});
