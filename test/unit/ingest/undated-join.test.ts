import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { ingestArticle } from "../../../src/ingest/ingest";
import { loadPipeline } from "../../../src/ingest/load";
import type { ArticleBody } from "../../../src/schemas/admin";

const NOW = new Date("2026-11-30T12:00:00Z");
const ingest = async (input: ArticleBody) =>
  ingestArticle(env.DB, await loadPipeline(), input, { origin: "admin", now: NOW, archive: env.ARCHIVE });
/** The events a report lands in: `publishedAt` given for the dated report, none at all for the undated ones. */
const eventsOf = async (text: string, publishedAt?: string) => {
  const outcome = await ingest(publishedAt ? { text, publishedAt } : { text });
  if (outcome.kind !== "created") throw new Error(`not created: ${outcome.kind}`);
  return outcome.resolution.events.map((e) => e.id);
};

// FICTIONAL reports in the project's words: one dated report of a meeting, then reports with no date at all.
describe("a report with no date joins an event of its pair only when its sources agree", () => {
  it("joins on the place or a person shared besides, never on tracks alone, and never starts an event", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const meeting = "Senegal and Mauritania signed an agreement on fisheries and gas in Nouakchott on 3 March 2026.";
    const [id] = await eventsOf(meeting, "2026-03-04");
    expect(id).toBeDefined();
    // The same meeting told again, undated: the city and the fields agree with the event.
    const again =
      "Senegal and Mauritania held talks in Nouakchott on the fisheries deal and on their shared gas field.";
    expect(await eventsOf(again)).toEqual([id]);
    // Undated and sharing only the fields of cooperation: it could be any meeting of the pair.
    const vague = "Senegal and Mauritania are looking at more cooperation on fisheries and gas, officials said.";
    expect(await eventsOf(vague)).toEqual([]);
  });

  it("joins none of two events its sources fit equally (the pair met in Rabat twice)", { timeout: 60_000 }, async ({
    expect,
  }) => {
    // The seed holds the Rabat meeting of 28 February 2025; this is a second one there.
    const second =
      "Moroccan Foreign Minister Nasser Bourita received his Kazakh counterpart in Rabat on 3 March 2026. The two ministers discussed trade, investment and visa-free travel between Morocco and Kazakhstan.";
    expect(await eventsOf(second, "2026-03-04")).toHaveLength(1);
    const undated =
      "Nasser Bourita and the foreign minister of Kazakhstan held talks in Rabat. Morocco and Kazakhstan want more trade and investment, the two ministers said after the meeting.";
    expect(await eventsOf(undated)).toEqual([]);
  });
});
