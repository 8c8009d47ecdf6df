/**
 * Response compression. workerd compresses a body itself when it is sent, according to the response's
 * `Content-Encoding` header (the runtime's default "automatic" body encoding), and Cloudflare's edge
 * compresses responses that carry none. So we never compress in JavaScript (hono/compress would make a
 * second, double encoding): we only pick the coding the client accepts and name it in the header.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";

const COMPRESSIBLE =
  /^(text\/|application\/(json|problem\+json|xml|atom\+xml|rss\+xml|feed\+json|javascript|ld\+json|json\+oembed|x-ndjson)|image\/svg\+xml)/i;

/** Bodies below this many bytes are not worth a compression frame. */
const MIN_BYTES = 1024;

/** The coding to use for an Accept-Encoding header: br, then gzip, honouring `q=0`; undefined for identity. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q.set(name.trim(), qParam ? Number(qParam.slice(2)) : 1);
  }
  const weight = (coding: string) => q.get(coding) ?? q.get("*") ?? 0;
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return undefined;
}

/**
 * What the client itself accepts. Cloudflare (and miniflare) rewrite `Accept-Encoding` to `br, gzip` before
 * the worker runs and keep the client's value in `cf.clientAcceptEncoding` ("" when it sent none).
 */
function clientAcceptEncoding(req: Request): string | undefined {
  const cf = req.cf;
  if (cf && "clientAcceptEncoding" in cf && typeof cf.clientAcceptEncoding === "string") return cf.clientAcceptEncoding;
  return undefined;
}

/** Names the content coding of compressible responses and adds `Vary: Accept-Encoding`. */
export function compression(): MiddlewareHandler<AppEnv> {
  return async function compressionMiddleware(c, next) {
    await next();
    const res = c.res;
    const type = res.headers.get("content-type") ?? "";
    if (!res.body || !COMPRESSIBLE.test(type) || res.headers.has("content-encoding")) return;
    if (/\bno-transform\b/i.test(res.headers.get("cache-control") ?? "")) return;
    const length = Number(res.headers.get("content-length") ?? Number.POSITIVE_INFINITY);
    res.headers.append("vary", "Accept-Encoding");
    if (length < MIN_BYTES) return;
    const coding = pickEncoding(clientAcceptEncoding(c.req.raw) ?? c.req.header("accept-encoding"));
    if (coding) {
      res.headers.set("content-encoding", coding);
      res.headers.delete("content-length");
    }
  };
}
