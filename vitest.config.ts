import { readFileSync } from "node:fs";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { unstable_splitSqlQuery } from "wrangler";
import { defineConfig } from "vitest/config";
import { seedMigrations } from "./scripts/seed-sql.mjs";

// The database of every test file: schema.sql, then seed/ — the same SQL `npm start` applies.
const migrations = [
  { name: "schema.sql", queries: unstable_splitSqlQuery(readFileSync("schema.sql", "utf8")) },
  ...(seedMigrations() as { name: string; queries: string[] }[]),
];

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
              bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: TEST_ADMIN_TOKEN },
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**"],
          setupFiles: ["./test/setup.ts"],
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
