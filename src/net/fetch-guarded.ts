/**
 * The one way the Worker fetches from the outside world (feeds today, article pages next): a connect and a
 * total timeout, a byte cap enforced while streaming, http(s) only, the SSRF guard of url-policy.ts, and
 * redirects followed by hand so every hop is checked again.
 */
import { checkOutboundUrl, type UrlRefusal } from "./url-policy";

export interface GuardedFetchOptions {
  /** The fetch to use (tests pass a mocked origin); defaults to the global one. */
  fetcher?: typeof fetch;
  headers?: Record<string, string>;
  /** Until the response headers arrive. */
  connectTimeoutMs?: number;
  /** Until the whole body is read. */
  totalTimeoutMs?: number;
  /** Bytes of body accepted; the stream is cancelled past it. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Lift the internal-address rule (local development only: see localFetchAllowed). */
  allowLocal?: boolean;
}

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export type FetchFailure = UrlRefusal | "timeout" | "too-large" | "too-many-redirects" | "bad-redirect" | "network";

/** A fetch that the guard stopped or that failed; `reason` is stable, `message` is safe to record. */
export class GuardedFetchError extends Error {
  readonly reason: FetchFailure;
  constructor(reason: FetchFailure, message: string) {
    super(message);
    this.name = "GuardedFetchError";
    this.reason = reason;
  }
}

export interface GuardedResponse {
  status: number;
  headers: Headers;
  /** The URL the body came from, after redirects. */
  url: string;
  body: Uint8Array;
}

/** Fetches a URL within the guard's limits; throws GuardedFetchError when a limit or check stops it. */
export async function guardedFetch(raw: string, opts: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const fetcher = opts.fetcher ?? fetch;
  const total = new AbortController();
  const totalTimer = setTimeout(() => total.abort(), o.totalTimeoutMs);
  try {
    let current = raw;
    for (let hop = 0; ; hop++) {
      const verdict = checkOutboundUrl(current, o.allowLocal ?? false);
      if (!verdict.ok) throw new GuardedFetchError(verdict.reason, verdict.message);
      const res = await withDeadline(
        fetcher(verdict.url.href, { headers: o.headers ?? {}, redirect: "manual", signal: total.signal }),
        o.connectTimeoutMs,
        total.signal,
        "no response headers in time",
      );
      if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= o.maxRedirects)
          throw new GuardedFetchError("too-many-redirects", `more than ${o.maxRedirects} redirects`);
        const location = res.headers.get("location") ?? "";
        if (!URL.canParse(location, verdict.url.href))
          throw new GuardedFetchError("bad-redirect", "unreadable redirect");
        current = new URL(location, verdict.url).href;
        continue;
      }
      const body = await readCapped(res, o.maxBytes, total.signal);
      return { status: res.status, headers: res.headers, url: verdict.url.href, body };
    }
  } finally {
    clearTimeout(totalTimer);
  }
}

/** Resolves with the promise, or rejects as a timeout after `ms` (when given) or when `signal` aborts. */
function withDeadline<T>(promise: Promise<T>, ms: number | undefined, signal: AbortSignal, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = (message: string) => reject(new GuardedFetchError("timeout", message));
    if (signal.aborted) return fail("total time limit reached");
    const timer = ms === undefined ? undefined : setTimeout(() => fail(what), ms);
    const onAbort = () => fail("total time limit reached");
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => resolve(v),
      (err: unknown) =>
        reject(
          err instanceof GuardedFetchError
            ? err
            : signal.aborted
              ? new GuardedFetchError("timeout", "total time limit reached")
              : new GuardedFetchError("network", err instanceof Error ? err.message.slice(0, 200) : "fetch failed"),
        ),
    );
    promise
      .finally(() => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      })
      .catch(() => undefined);
  });
}

/**
 * Reads a body chunk by chunk, counting bytes (not characters), and cancels the stream as soon as the cap
 * or the total deadline is passed, so an endless or huge body is never buffered.
 */
async function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new GuardedFetchError("too-large", `body larger than ${maxBytes} bytes`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      // The read races the total deadline: a mocked or misbehaving stream may ignore the fetch's signal.
      const { done, value } = await withDeadline(reader.read(), undefined, signal, "");
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new GuardedFetchError("too-large", `body larger than ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    throw err;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
