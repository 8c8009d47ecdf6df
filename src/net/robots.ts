/**
 * robots.txt (RFC 9309), fetched once per host through the guarded fetcher, kept a day in D1, and read with
 * the maintained `robots-parser`. A missing file (4xx) allows everything; an unreachable one (5xx, timeout,
 * refused) disallows everything until it is fetched again, as RFC 9309 section 2.3.1.4 asks.
 */
import robotsParser from "robots-parser";
import { getRobots, type HostRobots, saveRobots } from "../store/article-fetch";
import { type GuardedFetchOptions, guardedFetch } from "./fetch-guarded";
import { CRAWLER_TOKEN } from "./user-agent";

/** How long a fetched robots.txt is trusted; an unreachable one is tried again sooner. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
export const ROBOTS_UNREACHABLE_TTL_MS = 60 * 60 * 1000;
/** RFC 9309 asks crawlers to read at least 500 KiB. */
const ROBOTS_MAX_BYTES = 512 * 1024;
/** A Crawl-delay above this is treated as this (a site cannot park our queue for hours). */
export const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsVerdict {
  allowed: boolean;
  /** The host's Crawl-delay for us, in ms, if it sets one. */
  crawlDelayMs: number | null;
  /** True when robots.txt was fetched now (a request made to the host). */
  fetched: boolean;
}

/** Whether robots.txt lets us fetch `url`; fetches and caches the host's file when stale. */
export async function checkRobots(
  db: D1Database,
  url: URL,
  now: number,
  fetchOpts: GuardedFetchOptions,
): Promise<RobotsVerdict> {
  let cached = await getRobots(db, url.host);
  const ttl = cached.status === 0 ? ROBOTS_UNREACHABLE_TTL_MS : ROBOTS_TTL_MS;
  let fetched = false;
  if (cached.fetchedAt === null || now - cached.fetchedAt > ttl) {
    cached = await fetchRobots(url, now, fetchOpts);
    await saveRobots(db, url.host, cached);
    fetched = true;
  }
  return { ...judge(url, cached), fetched };
}

async function fetchRobots(url: URL, now: number, fetchOpts: GuardedFetchOptions): Promise<HostRobots> {
  try {
    const res = await guardedFetch(`${url.origin}/robots.txt`, { ...fetchOpts, maxBytes: ROBOTS_MAX_BYTES });
    const text = res.status >= 200 && res.status < 300 ? new TextDecoder().decode(res.body) : null;
    return { robots: text, status: res.status, fetchedAt: now };
  } catch {
    return { robots: null, status: 0, fetchedAt: now };
  }
}

function judge(url: URL, r: HostRobots): Omit<RobotsVerdict, "fetched"> {
  const status = r.status ?? 0;
  if (status === 0 || status >= 500) return { allowed: false, crawlDelayMs: null };
  if (status >= 400 || r.robots === null) return { allowed: true, crawlDelayMs: null };
  const robots = robotsParser(`${url.origin}/robots.txt`, r.robots);
  const delay = robots.getCrawlDelay(CRAWLER_TOKEN);
  return {
    allowed: robots.isAllowed(url.href, CRAWLER_TOKEN) !== false,
    crawlDelayMs: delay === undefined ? null : Math.min(MAX_CRAWL_DELAY_MS, delay * 1000),
  };
}
