import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** migrations/, read in vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
      /** seed/ as SQL, applied after the migrations. */
      TEST_SEED: D1Migration[];
      /** schema.sql as one entry, for comparing with the migrated database. */
      TEST_SCHEMA: D1Migration[];
      /** An empty database for schema.sql alone. */
      SCHEMA_DB: D1Database;
      /** A rate limit of 3 per minute, for the 429 tests. */
      TEST_TIGHT_LIMIT: RateLimit;
      /** An empty database for the upgrade test. */
      UPGRADE_DB: D1Database;
      /** An empty database the replica tests build as a read replica that lags behind DB. */
      REPLICA_DB: D1Database;
    }
    interface GlobalProps {
      /** Types `exports.default` in tests as our worker. */
      mainModule: typeof import("../src/index");
    }
  }
}
