/** The pairs analyze() gives a report, for the pair tests' FICTIONAL texts. */
import { analyze } from "../../src/ingest/analyze";

/** The pair keys of `text`, published on `publishedAt` by the site at `url` (a neutral one by default). */
export async function pairKeysOf(
  text: string,
  publishedAt: string,
  url = "https://news.example.org/item",
  title?: string,
): Promise<string[]> {
  return (await analyze({ text, url, publishedAt, ...(title ? { title } : {}) })).pairs.map((p) => p.key);
}
