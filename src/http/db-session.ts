/**
 * D1 read replication through the Sessions API (docs/scale.md). Public reads use one session per request,
 * `first-unconstrained`: its first statement may run on any replica, and every later one on a replica at least
 * as new, so one request never reads the past after the present. Admin requests use a session that starts from
 * the bookmark the client sends back in `x-d1-bookmark` (or on the primary), and return the session's latest
 * bookmark in the same header: a writer that sends it with its next request reads its own writes.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { Db } from "../store/db";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/** The request and response header that carries a D1 session bookmark. */
export const BOOKMARK_HEADER = "x-d1-bookmark";

/** A D1 bookmark as D1 prints them (hex groups joined by '-'); anything else is refused before D1 sees it. */
export const BOOKMARK = /^[0-9a-f]{1,64}(-[0-9a-f]{1,64}){0,7}$/i;

/** The request's public read session (created on first use, shared by every read of the request). */
export function readDb(c: Context<AppEnv>): Db {
  let db = c.get("readDb");
  if (!db) {
    db = c.env.DB.withSession("first-unconstrained");
    c.set("readDb", db);
  }
  return db;
}

/** The admin request's session (set by `adminSession()`). */
export function adminDb(c: Context<AppEnv>): Db {
  const db = c.get("adminDb");
  if (!db) throw new Error("adminDb() outside adminSession()");
  return db;
}

/** Middleware of the admin API: a session from the client's bookmark, and the new bookmark on the answer. */
export function adminSession(): MiddlewareHandler<AppEnv> {
  return async function adminSessionMiddleware(c, next) {
    const given = c.req.header(BOOKMARK_HEADER);
    if (given !== undefined && !BOOKMARK.test(given))
      throw new ProblemError("validation-failed", `The ${BOOKMARK_HEADER} header is not a D1 bookmark.`, {
        errors: [{ path: `header.${BOOKMARK_HEADER}`, message: "Expected a bookmark this API returned." }],
      });
    const session = c.env.DB.withSession(given ?? "first-primary");
    c.set("adminDb", session);
    await next();
    const bookmark = session.getBookmark();
    if (bookmark) c.res.headers.set(BOOKMARK_HEADER, bookmark);
  };
}
