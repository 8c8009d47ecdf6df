import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** schema.sql + seed/, built in vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      /** Types `exports.default` in tests as our worker. */
      mainModule: typeof import("../src/index");
    }
  }
}
