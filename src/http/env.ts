import type { Db } from "../store/db";

/** The Hono environment of the whole app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The canonical pair key of a `/:pair` route, set by `canonicalPair()` (src/routes/pair-param.ts). */
    pair: string;
    /** The request's public D1 read session (`readDb()`, src/http/db-session.ts). */
    readDb?: Db;
    /** The admin request's D1 session (`adminSession()`). */
    adminDb?: Db;
  };
}
