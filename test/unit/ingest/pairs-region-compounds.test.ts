import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words. A region's compound ("sul-americano", "latino-americanos") and a currency
// sign ("US$ 90 bilhões") name no United States: they never make it a third country that cancels the pair.
const ROWS = [
  [
    "pt",
    "O Brasil e a China assinaram nesta terça-feira em Pequim um acordo sobre comércio. A China é o principal destino das exportações brasileiras, que somaram US$ 90 bilhões em 2025, e US$ 12 bilhões a mais do que em 2024. O líder chinês disse que apoia a integração sul-americana e o diálogo com os países latino-americanos, e que o mercado sul-americano é uma prioridade. Os investimentos chineses no Brasil chegaram a US$ 5 bilhões.",
    "BR-CN",
  ],
  [
    "en",
    "Peru and China signed a trade agreement in Beijing on Tuesday. China is the main market for Peruvian exports, which reached US$ 30 billion in 2025, US$ 4 billion more than in 2024. The Chinese leader backed South-American integration and the Latin-American dialogue, and called the South-American market a priority. Chinese investment in Peru reached US$ 2 billion.",
    "CN-PE",
  ],
] as const;

describe("a region's compound or a currency sign is no third country", () => {
  it.for(ROWS)("%s: %s", async ([language, text, pair], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-03-04T10:00:00Z" });
    expect(a.pairs.map((p) => p.key)).toEqual([pair]);
  });
});
