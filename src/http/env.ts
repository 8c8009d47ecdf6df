/** The Hono environment of the whole app. */
export interface AppEnv {
  Bindings: Env;
}
