/**
 * Where the Worker may fetch from: http(s) only, no credentials, never an internal address (address.ts),
 * unless local fetching is switched on for development. Also the one normal form of a feed URL.
 */
import { isInternalHost } from "./address";

/** Why a URL may not be fetched. */
export type UrlRefusal = "not-a-url" | "scheme" | "credentials" | "internal";

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: UrlRefusal; message: string };

const MESSAGES: Record<UrlRefusal, string> = {
  "not-a-url": "Expected an absolute URL.",
  scheme: "Only http and https URLs are accepted.",
  credentials: "URLs with a user name or password are not accepted (they would be stored and shown).",
  internal: "The URL points to a loopback, private, link-local or otherwise internal address.",
};

/** Decides whether a URL may be fetched; `allowLocal` lifts only the internal-address rule. */
export function checkOutboundUrl(raw: string, allowLocal: boolean): UrlVerdict {
  if (!URL.canParse(raw)) return refuse("not-a-url");
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse("scheme");
  if (url.username !== "" || url.password !== "") return refuse("credentials");
  if (!allowLocal && isInternalHost(url.hostname)) return refuse("internal");
  return { ok: true, url };
}

function refuse(reason: UrlRefusal): UrlVerdict {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/**
 * The normal form feeds are stored and compared under: the URL parser's serialization (scheme and host
 * lower-case, internationalized hosts in punycode, default port dropped, IPv4 notations canonical) without
 * fragment, empty query or the host's trailing dot. Paths and queries keep their case: servers may tell them apart.
 */
export function normalizeFeedUrl(url: URL): string {
  const u = new URL(url.href);
  u.hash = "";
  if (u.search === "") u.search = ""; // drops a bare "?"
  if (u.hostname.endsWith(".")) u.hostname = u.hostname.replace(/\.+$/, "");
  return u.href;
}

/** Hosts that mean "this machine": the only origins where local fetching may be switched on. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether fetching internal addresses is allowed: only when ALLOW_LOCAL_FEEDS is "true" (default off) and
 * the Worker runs locally, judged by PUBLIC_ORIGIN (which a deployment sets to its public domain) and, when
 * there is one, by the request's own host. Deployed, the variable is ignored: fail closed.
 */
export function localFetchAllowed(env: { ALLOW_LOCAL_FEEDS?: string; PUBLIC_ORIGIN?: string }, requestUrl?: string) {
  if (env.ALLOW_LOCAL_FEEDS !== "true") return false;
  const hostOf = (s: string | undefined) => (s && URL.canParse(s) ? new URL(s).hostname : "");
  if (!LOOPBACK.has(hostOf(env.PUBLIC_ORIGIN))) return false;
  return requestUrl === undefined || LOOPBACK.has(hostOf(requestUrl));
}
