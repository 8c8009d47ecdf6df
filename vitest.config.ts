import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { unstable_splitSqlQuery } from "wrangler";
import { defineConfig } from "vitest/config";
import { seedMigrations } from "./scripts/seed-sql.mjs";

// The database of every test file: migrations/ in order, then seed/ — the same SQL `npm start` applies.
// schema.sql is passed apart: a test holds it equal to the migrated database.
const schemaMigrations = await readD1Migrations("./migrations");
const seed = seedMigrations() as { name: string; queries: string[] }[];
const schema = [{ name: "schema.sql", queries: unstable_splitSqlQuery(readFileSync("schema.sql", "utf8")) }];

// The admin token of the tests. wrangler.toml declares ADMIN_TOKEN a required secret and reads secrets from
// process.env: setting it here keeps wrangler from warning that it is missing.
const TEST_ADMIN_TOKEN = "test-admin-token";
process.env.ADMIN_TOKEN = TEST_ADMIN_TOKEN;

export default defineConfig({
  test: {
    projects: [
      {
        // Unit and integration tests, inside workerd.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: schemaMigrations,
                TEST_SEED: seed,
                TEST_SCHEMA: schema,
                ADMIN_TOKEN: TEST_ADMIN_TOKEN,
              },
              // Limits high enough for whole test files from one client; TEST_TIGHT_LIMIT lets a test hit one.
              ratelimits: {
                ADMIN_RATE_LIMIT: { namespace_id: "1001", simple: { limit: 1_000_000, period: 60 } },
                PUBLIC_RATE_LIMIT: { namespace_id: "1002", simple: { limit: 1_000_000, period: 60 } },
                TEST_TIGHT_LIMIT: { namespace_id: "1003", simple: { limit: 3, period: 60 } },
              },
              // Empty databases for the migration tests (schema.sql alone; an upgrade from 0001), and one the
              // replica tests fill as a read replica that lags behind DB.
              d1Databases: ["SCHEMA_DB", "UPGRADE_DB", "REPLICA_DB"],
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/**/*.test.ts"],
          // A test that reads several reports in a row builds the lexicons on its first one: seconds on a loaded
          // machine (a fresh-clone CI beside other runs timed one out at 5 s).
          testTimeout: 30_000,
          exclude: ["test/browser/**", "test/contract/**"],
          setupFiles: ["./test/setup.ts"],
        },
      },
      {
        // The OpenAPI document under Redocly and Spectral, in Node (both are CLIs; both run offline).
        test: {
          name: "contract",
          environment: "node",
          include: ["test/contract/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        // Browser tests, in Node: the real worker under `wrangler dev`, driven through Debian's Chromium.
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["./test/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
