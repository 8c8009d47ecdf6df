/** The Hono environment of the whole app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The canonical pair key of a `/:pair` route, set by `canonicalPair()` (src/routes/pair-param.ts). */
    pair: string;
  };
}
