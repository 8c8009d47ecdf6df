/**
 * RSS 2.0 and Atom parsing with fast-xml-parser (HTMLRewriter mishandles RSS). Returns normalized items;
 * anything malformed yields a thrown FeedError the poller records against the feed.
 */
import { XMLParser } from "fast-xml-parser";

export interface FeedItem {
  /** guid/id, else the link: the key under which the item is remembered. */
  guid: string;
  link: string | null;
  title: string | null;
  /** The richest body the feed carries (content:encoded / content / description / summary), HTML or text. */
  content: string | null;
  publishedAt: string | null;
}

export class FeedError extends Error {
  override name = "FeedError";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Node)["#text"]);
  return null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Node[];
  const alt = list.find((l) => l && typeof l === "object" && (l["@rel"] === undefined || l["@rel"] === "alternate"));
  const href = alt?.["@href"];
  return typeof href === "string" ? href : null;
}

/** An item keyed by its id, else its link; none when it has neither. */
function feedItem(link: string | null, id: unknown, rest: Omit<FeedItem, "guid" | "link">): FeedItem[] {
  const guid = text(id) ?? link;
  return guid ? [{ guid, link, ...rest }] : [];
}

/** Parses an RSS 2.0 or Atom document. */
export function parseFeed(xml: string): FeedItem[] {
  return parseFeedDocument(xml).items;
}

/** Parses an RSS 2.0 or Atom document and says which of the two it is. */
export function parseFeedDocument(xml: string): { kind: "rss" | "atom"; items: FeedItem[] } {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new FeedError(`not well-formed XML: ${err instanceof Error ? err.message.slice(0, 120) : "parse error"}`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node | undefined;
    const items = (channel?.item ?? []) as Node[];
    return {
      kind: "rss",
      items: items.flatMap((it) =>
        feedItem(text(it.link), it.guid, {
          title: text(it.title),
          content: text(it["content:encoded"]) ?? text(it.description),
          publishedAt: isoDate(text(it.pubDate) ?? text(it["dc:date"])),
        }),
      ),
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const entries = (feed.entry ?? []) as Node[];
    return {
      kind: "atom",
      items: entries.flatMap((e) =>
        // Atom `published` is the publication date; `updated` only when published is absent.
        feedItem(atomLink(e.link), e.id, {
          title: text(e.title),
          content: text(e.content) ?? text(e.summary),
          publishedAt: isoDate(text(e.published) ?? text(e.updated)),
        }),
      ),
    };
  }
  throw new FeedError("neither an RSS 2.0 nor an Atom document");
}
