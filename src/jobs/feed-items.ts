/**
 * Feed items held to the same rules as POST /v1/admin/articles: the same schema (title, URL, schemes,
 * dates), the same body size, and a title cleaned of controls and bidi overrides (the pipeline strips bidi
 * controls from the body and refuses a body with control characters). A feed is an input like any
 * other, and nobody reviews it before it is read.
 */
import * as v from "valibot";
import type { FeedItem } from "../ingest/read/feed";
import type { ArticleInput } from "../ingest/types";
import { sha256Hex } from "../lib/hash";
import { cleanText, truncateText } from "../lib/text-safety";
import { ArticleBodySchema } from "../schemas/admin";
import { type FetchArticleMessage, FetchArticleMessageSchema } from "./messages";

/** New items ingested per poll at most; the rest wait for the next poll, oldest first. */
export const MAX_ITEMS_PER_POLL = 50;
/** The admin API's body limit, applied to one item's content. */
export const MAX_ITEM_BYTES = 1024 * 1024;
/** The admin API's title limit: a longer feed title is cut (marked "...") rather than losing the item. */
export const MAX_TITLE_CHARS = 500;
/** Item keys longer than this are remembered by their hash (a key is stored, not shown). */
const MAX_GUID_CHARS = 512;

/** The key an item is remembered under. */
export async function itemKey(guid: string): Promise<string> {
  return guid.length > MAX_GUID_CHARS ? `sha256:${await sha256Hex(guid)}` : guid;
}

/** Items oldest first (undated ones last, in document order), so a capped poll takes the backlog in order. */
export function oldestFirst<T extends { publishedAt: string | null }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const x = a.item.publishedAt ?? "\uffff";
      const y = b.item.publishedAt ?? "\uffff";
      return x < y ? -1 : x > y ? 1 : a.i - b.i;
    })
    .map((e) => e.item);
}

export type ItemVerdict = { ok: true; input: ArticleInput } | { ok: false; reason: string };

/** The article an item becomes, or why it is refused; a bad link or a long title is dropped or cut, not fatal. */
export function itemToArticle(item: FeedItem, outlet: string | null): ItemVerdict {
  if (!item.content) return { ok: false, reason: "no content" };
  if (new TextEncoder().encode(item.content).byteLength > MAX_ITEM_BYTES)
    return { ok: false, reason: `content larger than ${MAX_ITEM_BYTES} bytes` };
  const title = item.title ? truncateText(cleanText(item.title).trim(), MAX_TITLE_CHARS) : "";
  const candidate: ArticleInput = {
    // The content is left to the pipeline, which refuses control characters in it as binary input.
    html: item.content,
    ...(title ? { title } : {}),
    ...(item.link ? { url: item.link.trim() } : {}),
    ...(outlet ? { outlet } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
  };
  let parsed = v.safeParse(ArticleBodySchema, candidate);
  if (!parsed.success && candidate.url !== undefined) {
    // An unusable link (too long, not http(s)) only costs the item its URL.
    const { url: _dropped, ...rest } = candidate;
    parsed = v.safeParse(ArticleBodySchema, rest);
  }
  if (!parsed.success) return { ok: false, reason: parsed.issues[0]?.message ?? "invalid item" };
  const input = Object.fromEntries(Object.entries(parsed.output).filter(([, x]) => x !== undefined));
  return { ok: true, input: input as ArticleInput };
}

/**
 * Items whose content is shorter than this (characters of text, markup left out) get their linked page
 * fetched: a summary is one to three sentences; a feed carrying whole articles is read as it is.
 */
export const ARTICLE_FETCH_BELOW_CHARS = 600;

/** A rough length of an item's text (tags and runs of spaces removed), only to decide whether it is a summary. */
export function textLength(content: string | null): number {
  return (content ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim().length;
}

/**
 * The fetch-article message for an item, when its page should be read: the feed allows it, the content is
 * short, and the link is an http(s) URL the message can carry. Null otherwise (the item is ingested as is).
 */
export function articleMessage(
  item: FeedItem & { key: string },
  feedId: number,
  runId: number,
  retry: boolean,
): FetchArticleMessage | null {
  const link = item.link?.trim() ?? "";
  if (textLength(item.content) >= ARTICLE_FETCH_BELOW_CHARS) return null;
  if (link.length > 2048 || !URL.canParse(link) || !/^https?:$/.test(new URL(link).protocol)) return null;
  const title = item.title ? truncateText(cleanText(item.title).trim(), MAX_TITLE_CHARS) : "";
  const msg = {
    type: "fetch-article" as const,
    feedId,
    runId,
    key: item.key,
    link,
    ...(title ? { title } : {}),
    summary: item.content ?? "",
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    retry,
  };
  return v.is(FetchArticleMessageSchema, msg) ? msg : null;
}
