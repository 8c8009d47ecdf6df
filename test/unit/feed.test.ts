import { describe, it } from "vitest";
import { FeedError, parseFeed } from "../../src/ingest/read/feed";

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>First &amp; foremost</title><link>https://news.example/a</link><guid>urn:a</guid>
<pubDate>Fri, 28 Feb 2025 18:00:00 GMT</pubDate><description>Short</description><content:encoded><![CDATA[<p>Long body</p>]]></content:encoded></item>
<item><title>No guid</title><link>https://news.example/b</link><description>Body b</description></item>
<item><title>Nothing to key on</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:feed</id><updated>2025-03-02T00:00:00Z</updated>
<entry><title>Entry</title><id>urn:e1</id><link rel="alternate" href="https://news.example/e1"/><link rel="enclosure" href="https://news.example/e1.mp3"/>
<published>2025-03-01T08:00:00Z</published><updated>2025-03-05T08:00:00Z</updated><summary>Sum</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
</feed>`;

describe("parseFeed", () => {
  it("reads RSS 2.0 items, keyed by guid or link, preferring content:encoded", ({ expect }) => {
    const items = parseFeed(rss);
    expect(items).toEqual([
      {
        guid: "urn:a",
        link: "https://news.example/a",
        title: "First & foremost",
        content: "<p>Long body</p>",
        publishedAt: "2025-02-28T18:00:00.000Z",
      },
      {
        guid: "https://news.example/b",
        link: "https://news.example/b",
        title: "No guid",
        content: "Body b",
        publishedAt: null,
      },
    ]);
  });

  it("reads Atom entries, taking published (not updated) and the alternate link", ({ expect }) => {
    expect(parseFeed(atom)).toEqual([
      {
        guid: "urn:e1",
        link: "https://news.example/e1",
        title: "Entry",
        content: "<p>Body</p>",
        publishedAt: "2025-03-01T08:00:00.000Z",
      },
    ]);
  });

  it("refuses documents that are not feeds", ({ expect }) => {
    expect(() => parseFeed("<html><body>hi</body></html>")).toThrow(FeedError);
    expect(() => parseFeed("not xml at all <<<")).toThrow(FeedError);
  });
});
