import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL texts in the project's words; each fails without the rule its test names.
const HEAD = "Zambia and Oman sign five agreements\n\n21 October 2026\nFixture Radio\nBy a Fixture Correspondent\n\n";

describe("a dateline in title case closed by a long dash, below a page's header lines, is the place", () => {
  const rows: readonly (readonly [string, string, string])[] = [
    ["en", "Lusaka — Zambia and Oman have signed five agreements to deepen their relations and trade.", "Lusaka"],
    [
      "fr",
      "Lusaka – La Zambie et Oman ont signé cinq accords pour approfondir leurs relations et leurs échanges.",
      "Lusaka",
    ],
    ["es", "Lusaka — Zambia y Omán firmaron cinco acuerdos para profundizar sus relaciones y su comercio.", "Lusaka"],
    ["pt", "Lusaka — A Zâmbia e Omã assinaram cinco acordos para aprofundar as suas relações e o comércio.", "Lusaka"],
  ];
  it.for(rows)("%s: %s", async ([lang, text, place]) => {
    const a = await analyze({ text: HEAD + text, language: lang, publishedAt: "2026-10-21T09:00:00Z" });
    expect(a.place).toBe(place);
  });
  it("an aside after a country's name, going on in lower case, is no dateline", async () => {
    const a = await analyze({
      text: "Zambia — the largest copper producer of the region — and Oman have signed five agreements on trade.",
      language: "en",
      publishedAt: "2026-10-21T09:00:00Z",
    });
    expect(a.place).toBeUndefined();
  });
});
