import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Builds each test file's D1 from migrations/ then seed/ (recorded, so applying twice is a no-op).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.DB, env.TEST_SEED);
