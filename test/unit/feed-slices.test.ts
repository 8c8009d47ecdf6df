import { describe, it } from "vitest";
import { FeedError, parseFeed } from "../../src/ingest/read/feed";
import { elementSpans, parseFeedInSlices, SLICE_CHARS } from "../../src/ingest/read/feed-slices";

// FICTIONAL items: invented titles and bodies.
const item = (i: number, body = `Body of report ${i}. `.repeat(40)) =>
  `<item><guid>urn:fictional:${i}</guid><title>Report ${i} &amp; more</title><link>https://news.example/${i}</link>` +
  `<pubDate>Fri, 28 Feb 2025 18:00:00 GMT</pubDate><description><![CDATA[<p>${body}</p>]]></description></item>\n`;
const rss = (items: string) =>
  `<?xml version="1.0"?>\n<!-- a comment with <item> in it -->\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>\n${items}</channel></rss>`;
const entry = (i: number) =>
  `<entry><title>Entry ${i}</title><id>urn:fictional:e${i}</id><link rel="alternate" href="https://news.example/e${i}?a=1&amp;b=2"/>` +
  `<published>2025-03-01T08:00:00Z</published><content type="html">&lt;p&gt;${"Text. ".repeat(60)}&lt;/p&gt;</content></entry>\n`;
const atom = (entries: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:feed</id>\n${entries}</feed>`;

async function sliced(xml: string) {
  let pauses = 0;
  const items = await parseFeedInSlices(xml, async () => {
    pauses++;
  });
  return { items, pauses };
}

describe("parseFeedInSlices", () => {
  it("reads a large RSS feed exactly as parseFeed does, pausing between slices", async ({ expect }) => {
    const xml = rss(Array.from({ length: 300 }, (_, i) => item(i)).join(""));
    const { items, pauses } = await sliced(xml);
    expect(items).toEqual(parseFeed(xml));
    expect(items).toHaveLength(300);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(xml.length / SLICE_CHARS));
  });

  it("reads a large Atom feed exactly as parseFeed does", async ({ expect }) => {
    const xml = atom(Array.from({ length: 200 }, (_, i) => entry(i)).join(""));
    const { items, pauses } = await sliced(xml);
    expect(items).toEqual(parseFeed(xml));
    expect(items).toHaveLength(200);
    expect(pauses).toBeGreaterThan(1);
  });

  it("is not fooled by an item tag inside CDATA, a comment or an attribute value", async ({ expect }) => {
    const tricky =
      `<item><guid isPermaLink="false" note="a > b, <item>">urn:fictional:x</guid><title>T</title>` +
      `<description><![CDATA[<item>not an item</item> and </item>]]></description></item>`;
    const xml = rss(item(1) + tricky + item(2));
    expect(elementSpans(xml, "item")).toHaveLength(3);
    const { items } = await sliced(xml);
    expect(items).toEqual(parseFeed(xml));
    expect(items.map((i) => i.guid)).toEqual(["urn:fictional:1", "urn:fictional:x", "urn:fictional:2"]);
  });

  it("parses whole what it cannot cut plainly: a DOCTYPE, unbalanced items", async ({ expect }) => {
    const doctype = rss(item(1)).replace("<rss", '<!DOCTYPE rss [<!ENTITY who "Someone">]>\n<rss');
    expect(elementSpans(doctype, "item")).toBeNull();
    expect((await sliced(doctype)).items).toEqual(parseFeed(doctype));
    expect(elementSpans(rss(`${item(1)}</item>`), "item")).toBeNull();
    expect(elementSpans(rss(`<item><title>open`), "item")).toBeNull();
  });

  it("refuses what parseFeed refuses", async ({ expect }) => {
    await expect(sliced("<html><body><item>hi</item></body></html>")).rejects.toThrow(FeedError);
    await expect(sliced("<html><body>hi</body></html>")).rejects.toThrow(FeedError);
  });
});
