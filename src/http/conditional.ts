/** Conditional requests (RFC 9110 §13): ETag and Last-Modified validators. */

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so `W/"x"` matches `"x"`; `*` matches any. */
export function etagMatches(etag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  const mine = opaque(etag);
  return ifNoneMatch.split(",").some((t) => opaque(t) === mine);
}

/** An ISO instant as an IMF-fixdate (RFC 9110 §5.6.7), or undefined when absent or unparsable. */
export function httpDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toUTCString();
}

/**
 * Whether a GET/HEAD may be answered 304. RFC 9110 §13.2.2: If-None-Match decides when present;
 * If-Modified-Since is only evaluated without it. HTTP dates have one-second precision.
 */
export function notModified(
  headers: { ifNoneMatch?: string | undefined; ifModifiedSince?: string | undefined },
  etag: string,
  lastModified?: string,
): boolean {
  if (headers.ifNoneMatch !== undefined) return etagMatches(etag, headers.ifNoneMatch);
  if (!headers.ifModifiedSince || !lastModified) return false;
  const since = Date.parse(headers.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(Date.parse(lastModified) / 1000) <= Math.floor(since / 1000);
}
