/**
 * Parsing a large feed in slices. fast-xml-parser reads a whole document in one go: a 1,000-item feed is a
 * few hundred milliseconds of CPU without a break, and every public read in the same isolate waits for it.
 * Here the document is cut at its top-level items (a scan that skips CDATA, comments and quoted attribute
 * values), the shell left without them is parsed once to learn what the document is, and the items are
 * parsed a few dozen kilobytes at a time with a pause between slices. A document the cut cannot read
 * plainly (a DOCTYPE, whose entities would have to reach every slice; unbalanced items) is parsed whole.
 */
import { type FeedItem, parseFeedDocument } from "./feed";

/** About this much XML is parsed between two pauses (a few milliseconds of CPU). */
export const SLICE_CHARS = 16 * 1024;

interface Span {
  start: number;
  end: number;
}

const SKIPPED: ReadonlyArray<readonly [string, string]> = [
  ["<![CDATA[", "]]>"],
  ["<!--", "-->"],
  ["<?", "?>"],
];

/** The index of the `>` closing the tag whose name ends at `from`, quoted attribute values skipped; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let k = from; k < xml.length; k++) {
    const ch = xml[k];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return k;
  }
  return -1;
}

function nameEnd(xml: string, from: number): number {
  let j = from;
  while (j < xml.length && !" \t\r\n/>".includes(xml[j] ?? ">")) j++;
  return j;
}

/** Where the top-level `<tag>` elements of `xml` are, in order; null when the document cannot be cut plainly. */
export function elementSpans(xml: string, tag: string): Span[] | null {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  let i = xml.indexOf("<");
  while (i !== -1) {
    const skipped = SKIPPED.find(([open]) => xml.startsWith(open, i));
    if (skipped) {
      const e = xml.indexOf(skipped[1], i + skipped[0].length);
      if (e === -1) return null;
      i = xml.indexOf("<", e + skipped[1].length);
      continue;
    }
    if (xml.startsWith("<!", i)) return null; // a DOCTYPE: its entities would not reach the slices
    const closing = xml[i + 1] === "/";
    const nameStart = i + (closing ? 2 : 1);
    const j = nameEnd(xml, nameStart);
    const end = tagEnd(xml, j);
    if (end === -1) return null;
    if (xml.slice(nameStart, j) === tag) {
      if (closing) {
        depth--;
        if (depth < 0) return null;
        if (depth === 0) spans.push({ start, end: end + 1 });
      } else if (xml[end - 1] === "/") {
        if (depth === 0) spans.push({ start: i, end: end + 1 });
      } else {
        if (depth === 0) start = i;
        depth++;
      }
    }
    i = xml.indexOf("<", end + 1);
  }
  return depth === 0 ? spans : null;
}

const KINDS = [
  { tag: "item", kind: "rss", open: "<rss><channel>", close: "</channel></rss>" },
  { tag: "entry", kind: "atom", open: "<feed>", close: "</feed>" },
] as const;

/** The items' spans and the wrapper that makes a run of them a document of the feed's kind; null to parse whole. */
function cut(xml: string): { spans: Span[]; open: string; close: string } | null {
  for (const { tag, kind, open, close } of KINDS) {
    const spans = elementSpans(xml, tag);
    if (spans === null) return null;
    if (spans.length === 0) continue;
    let shell = "";
    let at = 0;
    for (const s of spans) {
      shell += xml.slice(at, s.start);
      at = s.end;
    }
    // The shell says what the document is (a FeedError when it is neither RSS nor Atom), as a whole parse would.
    const doc = parseFeedDocument(shell + xml.slice(at));
    return doc.kind === kind && doc.items.length === 0 ? { spans, open, close } : null;
  }
  return null;
}

/** Parses a feed as `parseFeed` does, calling `pause` between slices of about SLICE_CHARS characters. */
export async function parseFeedInSlices(xml: string, pause: () => Promise<void>): Promise<FeedItem[]> {
  const plan = cut(xml);
  if (!plan) return parseFeedDocument(xml).items;
  const items: FeedItem[] = [];
  let first = 0;
  while (first < plan.spans.length) {
    const from = plan.spans[first]?.start ?? 0;
    let last = first;
    while (last + 1 < plan.spans.length && (plan.spans[last + 1]?.end ?? 0) - from <= SLICE_CHARS) last++;
    const to = plan.spans[last]?.end ?? from;
    await pause();
    items.push(...parseFeedDocument(plan.open + xml.slice(from, to) + plan.close).items);
    first = last + 1;
  }
  return items;
}
